package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.award.AwardId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every award a process acknowledged is still there after the process is killed with SIGKILL: a child
 * JVM ({@link AwardingChild}) awards in a loop and prints each award's id once the use case returned,
 * the test kills it mid-run, reopens the database and looks every acknowledged id up.
 */
class DurabilityTest {

    /** The acknowledgements to wait for before the kill. */
    private static final int ACKNOWLEDGEMENTS = 300;
    /** How long the child may take to start and acknowledge them, so that the test cannot hang. */
    private static final long TIMEOUT_SECONDS = 60;
    /** The exit value Java reports for a process that a signal ended: 128 plus the signal, 9 for SIGKILL. */
    private static final int KILLED_BY_SIGKILL = 128 + 9;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = JdbcTarget.class, names = {"H2_FILE", "POSTGRESQL"})
    void everyAcknowledgedAwardSurvivesAKill(JdbcTarget target) throws Exception {
        JdbcSettings settings = target.freshSettings();

        List<Long> acknowledged = acknowledgedUntilKilled(settings, target);

        try (JdbcStore store = JdbcStore.open(settings)) {
            List<Long> missing = acknowledged.stream().filter(id -> store.transactions()
                    .readOnly(() -> store.awards().findById(new AwardId(id))).isEmpty()).toList();
            assertThat(missing).as("acknowledged awards missing after the kill, of %d acknowledged",
                    acknowledged.size()).isEmpty();
        }
    }

    /** Runs the child until it has acknowledged enough awards, kills it, and returns every id it printed. */
    private static List<Long> acknowledgedUntilKilled(JdbcSettings settings, JdbcTarget target)
            throws IOException, InterruptedException {
        Path errors = Files.createDirectories(Path.of("target", "durability"))
                .resolve(target.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + ".stderr.log");
        Process child = start(settings, errors);
        ChildOutput output = ChildOutput.reading(child.getInputStream());
        try {
            boolean enough = output.awaitLines(AwardingChild.ACKNOWLEDGED, ACKNOWLEDGEMENTS, TIMEOUT_SECONDS,
                    TimeUnit.SECONDS);
            assertThat(enough).as(() -> "the child acknowledged " + ACKNOWLEDGEMENTS + " awards within "
                    + TIMEOUT_SECONDS + " s; its stderr:\n" + tail(errors)).isTrue();
            assertThat(child.isAlive()).as(() -> "the child is still awarding; its stderr:\n" + tail(errors))
                    .isTrue();
        } finally {
            // SIGKILL on Linux: ProcessHandle.destroyForcibly() calls the JDK's ProcessHandleImpl.destroy0,
            // which sends kill(pid, SIGKILL); the exit value checked below confirms it. Not
            // Process.destroyForcibly(), which also closes the child's stdout and so would lose the
            // acknowledgements still in the pipe, the latest and likeliest to be lost.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("the child died").isTrue();
            child.getOutputStream().close();
        }
        if (!System.getProperty("os.name").startsWith("Windows")) {
            assertThat(child.exitValue()).as("the child's exit value: killed by SIGKILL")
                    .isEqualTo(KILLED_BY_SIGKILL);
        }
        // Lines still in the pipe when the child died were printed, and so acknowledged, too.
        output.awaitEnd(10, TimeUnit.SECONDS);
        List<Long> ids = new ArrayList<>();
        for (String line : output.linesStartingWith(AwardingChild.ACKNOWLEDGED)) {
            ids.add(Long.parseLong(line.substring(AwardingChild.ACKNOWLEDGED.length())));
        }
        return ids;
    }

    /** The end of the child's stderr, for failure messages. */
    private static String tail(Path errors) {
        try {
            String text = Files.readString(errors);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException failure) {
            return "(unreadable: " + failure + ")";
        }
    }

    /** Starts the child JVM on the test class path, its stderr going to a file so that it cannot block. */
    private static Process start(JdbcSettings settings, Path errors) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AwardingChild.class.getName(), settings.url(), settings.user());
        builder.environment().put(AwardingChild.PASSWORD_VARIABLE, settings.password());
        builder.redirectError(errors.toFile());
        // Stdin stays a pipe from this JVM: the child halts when it ends, should this JVM die first.
        return builder.start();
    }
}
