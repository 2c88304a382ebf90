package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.Accolade;
import dev.accolade.application.gameserver.CreateGameServerCommand;
import dev.accolade.application.gameserver.FindLoggedAchievementsQuery;
import dev.accolade.application.gameserver.IngestionResult;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.issuer.Issuer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following a live latest.log: appended lines are read as they come, and a rotated log from its start. */
class LogFollowerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    private final Accolade accolade = Accolade.inMemory();
    private final AtomicBoolean stop = new AtomicBoolean();
    private GameServer server;
    private Path latest;
    private CompletableFuture<IngestionResult> following;

    @BeforeEach
    void follow() throws IOException {
        Issuer issuer = accolade.issuers().createIssuer(new CreateIssuerCommand(Actor.operator(), "coal", "Coal"));
        server = accolade.gameServers().createGameServer(new CreateGameServerCommand(Actor.operator(), issuer.id(),
                "Survival",
                "UTC"));
        latest = directory.resolve("latest.log");
        append("[10:00:00] [Server thread/INFO]: steve has made the advancement [Stone Age]");
        LogFollower follower = new LogFollower(latest, () -> new LogBatcher(accolade.logIngestion(), server,
                LogFiles.today(server.zone())), Duration.ofMillis(20), result -> { });
        following = CompletableFuture.supplyAsync(() -> {
            try {
                return follower.follow(stop::get);
            } catch (IOException | InterruptedException failure) {
                throw new IllegalStateException(failure);
            }
        });
    }

    @AfterEach
    void stopFollowing() throws Exception {
        stop.set(true);
        following.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private void append(String line) throws IOException {
        Files.writeString(latest, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private List<String> titles() {
        return accolade.gameServers().findLoggedAchievements(new FindLoggedAchievementsQuery(Actor.operator(),
                server.key(),
                Optional.empty(), TimeWindow.ALWAYS, Optional.empty(), PageRequest.first(50))).items().stream()
                .map(view -> view.achievement().announcement().title()).toList();
    }

    /** Waits, within a bounded time, until the titles read are these; fails with what was read otherwise. */
    private void awaitTitles(String... expected) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!titles().containsAll(List.of(expected)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(titles()).containsExactlyInAnyOrder(expected);
    }

    @Test
    void lines_already_there_and_lines_appended_later_are_read_once() throws Exception {
        awaitTitles("Stone Age");

        append("[10:05:00] [Server thread/INFO]: steve has made the advancement [Acquire Hardware]");
        awaitTitles("Stone Age", "Acquire Hardware");

        stop.set(true);
        assertThat(following.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).awards()).isEqualTo(2);
    }

    @Test
    void a_rotated_log_is_finished_and_the_new_one_read_from_its_start() throws Exception {
        awaitTitles("Stone Age");
        append("[10:06:00] [Server thread/INFO]: steve has made the advancement [Last Of The Old File]");
        Files.move(latest, directory.resolve("2024-05-01-1.log"));
        append("[00:00:10] [Server thread/INFO]: alex has made the advancement [First Of The New File]");

        awaitTitles("Stone Age", "Last Of The Old File", "First Of The New File");
    }

    @Test
    void a_truncated_log_is_read_again_from_its_start() throws Exception {
        awaitTitles("Stone Age");
        Files.writeString(latest, "", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        append("[10:00:00] [Server thread/INFO]: alex has made the advancement [Again]");

        awaitTitles("Stone Age", "Again");
    }
}
