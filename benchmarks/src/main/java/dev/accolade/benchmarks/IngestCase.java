package dev.accolade.benchmarks;

import dev.accolade.application.gameserver.CreateGameServerCommand;
import dev.accolade.application.gameserver.RecordAnnouncementsCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.rule.EventInput;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.logline.MinecraftLogReader;
import dev.accolade.domain.logline.ReadAnnouncement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 18's ingestion: real-format Minecraft log lines read and recorded as {@code accolade ingest} does (one
 * reader over the file, batches of 500 announcements or 20,000 lines through {@code logIngestion()
 * .recordAnnouncements}, each one unit of work), in this JVM on an H2 file, against a raw JDBI batch insert of
 * the metric_event row each announcement gives, in batches of the same size. Each side reads the lines for a
 * game server of its own, so that no line was read before.
 */
final class IngestCase {

    /** As {@code LogBatcher}: the most announcements one batch records. */
    private static final int BATCH = 500;
    /** As {@code LogBatcher}: the most lines read before the announcements among them are recorded. */
    private static final int LINES_PER_BATCH = 20_000;
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    private final List<String> lines;
    private final List<String> warmUpLines;
    private final int rounds;
    private final Path directory;
    private int servers;

    /** A case over this many lines, timed this many rounds per side after a warm-up of a fiftieth as many. */
    IngestCase(int lineCount, int rounds, Path directory) {
        this.lines = LogLines.realFormat(lineCount);
        this.warmUpLines = LogLines.realFormat(Math.max(lineCount / 50, 100));
        this.rounds = rounds;
        this.directory = directory;
    }

    /** Runs the case and gives its report. */
    String measure() {
        try (RuleFixture fixture = RuleFixture.open(directory, "ingest")) {
            ingest(fixture, warmUpLines);
            insertRaw(fixture, warmUpLines);
            List<Double> measured = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            long awards = 0;
            for (int i = 0; i < rounds; i++) {
                long awardsBefore = fixture.rows("award");
                double a;
                double b;
                if (i % 2 == 0) {
                    a = ingest(fixture, lines);
                    awards += fixture.rows("award") - awardsBefore;
                    b = insertRaw(fixture, lines);
                } else {
                    b = insertRaw(fixture, lines);
                    awardsBefore = fixture.rows("award");
                    a = ingest(fixture, lines);
                    awards += fixture.rows("award") - awardsBefore;
                }
                measured.add(a);
                baseline.add(b);
                ratios.add(a / b);
            }
            return String.format(Locale.ROOT, "%-44s ratio %6.3f  (target >= 0.5)%n    A %-56s %9.0f lines/s%n"
                    + "    B %-56s %9.0f lines/s%n    %,d lines a round, %,d announcements; %,d awards made by A in"
                    + " %d rounds", String.format(Locale.ROOT, "ingest %,d real-format log lines (H2 file)",
                    lines.size()), Medians.of(ratios), "logIngestion().recordAnnouncements, batches of 500",
                    Medians.of(measured),
                    "raw JDBI batch insert of their metric_event rows", Medians.of(baseline), lines.size(),
                    lines.size() / 2, awards, rounds);
        }
    }

    /** Reads and records the lines for a new game server as the ingester does; gives the lines per second. */
    private double ingest(RuleFixture fixture, List<String> logLines) {
        GameServer server = newServer(fixture);
        long started = System.nanoTime();
        MinecraftLogReader reader = MinecraftLogReader.startingOn(DAY, ZoneOffset.UTC);
        List<ReadAnnouncement> pending = new ArrayList<>();
        int pendingLines = 0;
        for (String line : logLines) {
            pendingLines++;
            reader.read(line).ifPresent(pending::add);
            if (pending.size() >= BATCH || pendingLines >= LINES_PER_BATCH) {
                record(fixture, server, pending, pendingLines);
                pending.clear();
                pendingLines = 0;
            }
        }
        if (pendingLines > 0) {
            record(fixture, server, pending, pendingLines);
        }
        return logLines.size() / ((System.nanoTime() - started) / 1e9);
    }

    private static void record(RuleFixture fixture, GameServer server, List<ReadAnnouncement> pending, int lines) {
        fixture.accolade().logIngestion().recordAnnouncements(new RecordAnnouncementsCommand(Actor.operator(),
                server.key(), List.copyOf(pending), lines));
    }

    /** Reads the lines with the same reader and inserts each announcement's event row raw; the lines per second. */
    private double insertRaw(RuleFixture fixture, List<String> logLines) {
        GameServer server = newServer(fixture);
        long started = System.nanoTime();
        MinecraftLogReader reader = MinecraftLogReader.startingOn(DAY, ZoneOffset.UTC);
        List<EventInput> pending = new ArrayList<>();
        for (String line : logLines) {
            reader.read(line).ifPresent(read -> pending.add(new EventInput("log:" + server.id().value() + ":"
                    + read.line().fingerprint(), server.player(read.announcement().player()).key(),
                    "minecraft.achievement", 1L, read.at())));
            if (pending.size() >= BATCH) {
                fixture.insertEvents(pending);
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            fixture.insertEvents(pending);
        }
        return logLines.size() / ((System.nanoTime() - started) / 1e9);
    }

    private GameServer newServer(RuleFixture fixture) {
        servers++;
        return fixture.accolade().gameServers().createGameServer(new CreateGameServerCommand(fixture.actor(),
                fixture.issuer(), "Server " + servers, "UTC"));
    }
}
