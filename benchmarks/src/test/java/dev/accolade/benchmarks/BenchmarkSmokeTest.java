package dev.accolade.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.logline.MinecraftLogReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks compile and run: the whole suite once with tiny rounds, in this JVM. It checks what every case
 * did, never how fast: the figures of so short a run mean nothing.
 */
class BenchmarkSmokeTest {

    @Test
    void every_case_runs_against_its_baseline_and_each_side_answers_as_expected(@TempDir Path directory) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<CaseResult> results = BenchmarkSuite.run(Settings.smoke(), directory,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(results).extracting(CaseResult::name).containsExactly("a recipient's achievements (H2 file)",
                "award with a fresh idempotency key (H2 file)", "the same award replayed with its key",
                "bulk award to 1,000 recipients in one call",
                "page 50 of an issuer's awards in a 2,000-award store (H2 file)",
                "a recipient's list, 2,000-award store against 200 (H2 file)");
        assertThat(results).allSatisfy(result -> {
            assertThat(result.errors()).as(result.name()).isZero();
            assertThat(result.measured()).allSatisfy(round -> assertThat(round.perSecond()).isPositive());
            assertThat(result.baseline()).allSatisfy(round -> assertThat(round.perSecond()).isPositive());
        });
        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("Minecraft log parser alone", "ratio", "start to first 200 on /health",
                "resident memory after start", "leaderboard reads", "top 10", "?subject= at rank 2,000",
                "ingest 1,000 real-format log lines", "record events in batches of 500",
                "record events, crossing thresholds", "statements per batch of A", "a subject's progress",
                "getProgress of subject 1,999 ", "retroactive evaluation of a new rule", "job finished",
                "p99 ratio A/B");
        List<String> written = report.lines().filter(line -> line.contains("award rows written")).toList();
        assertThat(written).hasSize(4);
        assertThat(written.get(0)).as("the list case writes nothing").endsWith(": 0");
        assertThat(written.get(2)).as("a replay writes nothing").endsWith(": 0");
        assertThat(report.lines().filter(line -> line.contains("SQL statements per request"))).as("counted")
                .hasSize(4).noneMatch(line -> line.endsWith(": 0.0"));
    }

    @Test
    void the_stores_a_run_filled_are_deleted_with_everything_under_them(@TempDir Path parent) throws IOException {
        Path stores = Files.createDirectories(parent.resolve("run/events"));
        Files.writeString(stores.resolve("events.mv.db"), "rows");
        Files.writeString(parent.resolve("run/ingest.trace.db"), "trace");

        BenchmarkSuite.deleteAll(parent.resolve("run"));

        assertThat(parent.resolve("run")).doesNotExist();
        assertThat(parent).exists();
    }

    @Test
    void half_the_parser_benchmarks_lines_are_announcements_the_reader_understands() {
        MinecraftLogReader reader = MinecraftLogReader.startingOn(LocalDate.of(2026, 1, 1), ZoneOffset.UTC);

        long announcements = LogParserBenchmark.lines().stream().map(reader::read).filter(Optional::isPresent).count();

        assertThat(announcements).isEqualTo(LogParserBenchmark.LINES / 2);
    }
}
