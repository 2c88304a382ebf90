package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.out.jdbc.JdbcSettings;
import dev.accolade.adapter.out.jdbc.JdbcStore;
import dev.accolade.application.Accolade;
import dev.accolade.application.gameserver.FindLoggedAchievementsQuery;
import dev.accolade.application.gameserver.LoggedAchievementView;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.gameserver.ServerKey;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code admin create-server} and {@code ingest} on a real H2 file and real log files, plain and gzipped. */
class IngestCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    private String database;
    private String key;

    @BeforeEach
    void aServer() throws IOException {
        database = "jdbc:h2:file:" + directory.resolve("accolade");
        CliRun issuer = CliRun.of(Map.of(), directory, "admin", "create-issuer", "--slug", "coal", "--name", "Coal",
                "--database", database);
        assertThat(issuer.exitCode()).as(issuer.err()).isZero();
        CliRun server = CliRun.of(Map.of(), directory, "admin", "create-server", "--issuer", "coal", "--name",
                "Survival", "--time-zone", "Europe/Berlin", "--database", database);
        assertThat(server.exitCode()).as(server.err()).isZero();
        JsonNode printed = JSON.readTree(server.out());
        key = printed.path("key").asText();
        assertThat(printed.path("name").asText()).isEqualTo("Survival");
        assertThat(printed.path("time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(printed.path("namespace").asText()).isEqualTo("minecraft:" + key);
    }

    private void gzip(String name, String... lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(directory.resolve(name)))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private CliRun ingest(String... files) {
        List<String> args = new ArrayList<>(List.of("ingest", "--server", key, "--database", database));
        args.addAll(List.of(files));
        return CliRun.of(Map.of(), directory, args.toArray(String[]::new));
    }

    private List<LoggedAchievementView> achievements() {
        try (JdbcStore store = JdbcStore.open(JdbcSettings.of(database))) {
            return Accolade.builder().store(store).build().gameServers()
                    .findLoggedAchievements(new FindLoggedAchievementsQuery(
                    Actor.operator(), new ServerKey(key), Optional.empty(), TimeWindow.ALWAYS, Optional.empty(),
                    PageRequest.first(50))).items();
        }
    }

    @Test
    void a_multi_day_log_set_gives_its_awards_at_their_times_and_again_gives_none() throws IOException {
        gzip("2023-05-01-1.log.gz",
                "[22:10:00] [Server thread/INFO]: Starting minecraft server version 1.20.1",
                "[22:15:30] [Server thread/INFO]: steve has made the advancement [Stone Age]",
                "[23:59:59] [Server thread/INFO]: <alex> alex has made the advancement [Fake]",
                "[00:00:05] [Server thread/INFO]: alex has reached the goal [Sky's the Limit]");
        gzip("2023-05-02-1.log.gz",
                "[08:00:00] [Server thread/INFO]: steve has completed the challenge [Hero of the Village]\r",
                "[08:00:01] [Server thread/INFO]: steve has made the advancement [Stone Age]");
        Files.writeString(directory.resolve("2023-05-02-2.log"),
                "[12:00:00 INFO]: alex has made the advancement [Isn't It Iron Pick]\n"
                + "[01May2023 12:00:00.000] [Server thread/INFO] [net.minecraft.server.MinecraftServer/]:"
                + " alex has made the advancement [Forged]\n");

        CliRun first = ingest("2023-05-01-1.log.gz", "2023-05-02-1.log.gz", "2023-05-02-2.log");

        assertThat(first.exitCode()).as(first.err()).isZero();
        List<JsonNode> results = first.out().lines().map(IngestCommandTest::json).toList();
        assertThat(results).extracting(result -> result.path("awards").asInt()).containsExactly(2, 1, 2);
        assertThat(results).extracting(result -> result.path("duplicates").asInt()).containsExactly(0, 1, 0);
        assertThat(results.get(0).path("lines_read").asInt()).isEqualTo(4);
        assertThat(achievements()).extracting(view -> view.achievement().announcement().title() + " @ "
                + view.achievement().at()).containsExactly(
                        "Isn't It Iron Pick @ " + Instant.parse("2023-05-02T10:00:00Z"),
                        "Hero of the Village @ " + Instant.parse("2023-05-02T06:00:00Z"),
                        "Sky's the Limit @ " + Instant.parse("2023-05-01T22:00:05Z"),
                        "Stone Age @ " + Instant.parse("2023-05-01T20:15:30Z"),
                        "Forged @ " + Instant.parse("2023-05-01T10:00:00Z"));

        CliRun again = ingest("2023-05-01-1.log.gz", "2023-05-02-1.log.gz", "2023-05-02-2.log");

        assertThat(again.out().lines().map(IngestCommandTest::json)).allSatisfy(
                result -> assertThat(result.path("awards").asInt()).isZero());
        assertThat(achievements()).hasSize(5);
    }

    @Test
    void a_large_file_shows_its_progress_on_standard_error() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int line = 0; line < 2 * IngestCommand.PROGRESS_EVERY + 5; line++) {
            log.append("[10:00:00] [Server thread/INFO]: tick ").append(line).append('\n');
        }
        log.append("[10:00:01] [Server thread/INFO]: steve has made the advancement [Stone Age]\n");
        Files.writeString(directory.resolve("2023-05-01-1.log"), log);

        CliRun run = ingest("2023-05-01-1.log");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines()).containsExactly("ingest 2023-05-01-1.log: 10000 lines read, 0 awards",
                "ingest 2023-05-01-1.log: 20000 lines read, 0 awards");
        assertThat(json(run.out()).path("awards").asInt()).isEqualTo(1);
    }

    @Test
    void a_missing_file_or_unknown_server_fails_with_a_code() {
        CliRun missing = ingest("nope.log");
        CliRun unknown = CliRun.of(Map.of(), directory, "ingest", "--server", "nosuchserver", "--database", database,
                "x.log");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("file_not_found");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("server_not_found");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
