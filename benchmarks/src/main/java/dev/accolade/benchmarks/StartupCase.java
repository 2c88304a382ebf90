package dev.accolade.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server as its own process, started by the launcher ({@code ./accolade serve}, with its JVM options, the
 * jar as built): the time from starting the process to the first 200 on {@code /health}, and its resident
 * memory after start and after award load. The first start makes the database and the launcher's class-data
 * archive and is not counted, unless it is the only one (the smoke run); each round
 * restarts on it. The server is told not to wait before closing its socket when stopped, which it otherwise does
 * for a load balancer that probed {@code /health}, as this case does.
 */
final class StartupCase {

    private final Settings settings;
    private final Path directory;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** A case measured with these settings, its database in the directory. */
    StartupCase(Settings settings, Path directory) {
        this.settings = settings;
        this.directory = directory;
    }

    /**
     * The figures of this run.
     *
     * @param command how the server was started
     * @param seconds the median time from process start to the first 200 on /health
     * @param idleMegabytes the median resident memory right after that 200
     * @param loadedMegabytes the resident memory after the load
     * @param loadSeconds how long the award load ran
     * @param awards how many awards the load made
     */
    record Figures(String command, double seconds, double idleMegabytes, double loadedMegabytes,
            double loadSeconds, long awards) {

        /** The figures as lines of the report. */
        String report() {
            return String.format(Locale.ROOT, "%-44s %s%n"
                    + "    start to first 200 on /health %6.2f s   (target <= 1.0 s)%n"
                    + "    resident memory after start   %6.0f MB  (target <= 150 MB)%n"
                    + "    resident memory after %.0f s of award load (%d awards) %6.0f MB (target <= 300 MB)",
                    "server start and memory", command, seconds, idleMegabytes, loadSeconds, awards, loadedMegabytes);
        }
    }

    /** Starts the server to make its database, then once per round; loads the last one. */
    Figures measure() {
        List<String> command = command();
        if (settings.rounds() > 1) {
            stop(start(command, false).process());
        }
        List<Double> seconds = new ArrayList<>();
        List<Double> idle = new ArrayList<>();
        Started last = null;
        for (int round = 0; round < settings.rounds(); round++) {
            if (last != null) {
                stop(last.process());
            }
            last = start(command, true);
            seconds.add(last.seconds());
            idle.add(residentMegabytes(last.process()));
        }
        try {
            BenchIssuer issuer = BenchIssuer.create(new JsonApi(last.base()), AccoladeFixture.ADMIN);
            Duration load = settings.loadDuration();
            Round round = new LoadDriver().run("award load", n -> issuer.awarding("email:load" + n + "@example.org",
                    "load-" + n).build(), 201, settings.connections(), load, new AtomicLong());
            long awards = Math.round(round.perSecond() * load.toMillis() / 1000.0);
            return new Figures(String.join(" ", command.subList(1, command.size())), Medians.of(seconds),
                    Medians.of(idle), residentMegabytes(last.process()), load.toMillis() / 1000.0, awards);
        } finally {
            stop(last.process());
        }
    }

    private record Started(Process process, String base, double seconds) {
    }

    private Started start(List<String> command, boolean timed) {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("server-" + port + ".log").toFile());
        Map<String, String> environment = new HashMap<>(AccoladeFixture.ENVIRONMENT);
        environment.put("ACCOLADE_PORT", String.valueOf(port));
        environment.put("ACCOLADE_HOST", "127.0.0.1");
        environment.put("ACCOLADE_DRAIN_DELAY", "0s");
        environment.put("ACCOLADE_NO_BUILD", "1");
        environment.put("ACCOLADE_DATABASE", "jdbc:h2:file:" + directory.resolve("accolade").toAbsolutePath());
        builder.environment().putAll(environment);
        String base = "http://127.0.0.1:" + port;
        long started = System.nanoTime();
        try {
            Process process = builder.start();
            awaitHealth(process, base);
            return new Started(process, base, timed ? (System.nanoTime() - started) / 1e9 : 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private void awaitHealth(Process process, String base) {
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see "
                        + directory);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                pause();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        throw new IllegalStateException("the server did not answer /health within 60 s; see " + directory);
    }

    /** The launcher's command: the runnable jar when it was built, else the same classes from this classpath. */
    private static List<String> command() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of("..", "bootstrap", "target", "accolade.jar");
        Path launcher = Path.of("..", "accolade");
        if (Files.isRegularFile(jar) && Files.isRegularFile(launcher)) {
            return List.of("bash", launcher.toAbsolutePath().normalize().toString(), "serve");
        }
        return List.of(java, "-cp", System.getProperty("java.class.path"), "dev.accolade.bootstrap.Main", "serve");
    }

    /** The resident memory of the process, from Linux's /proc. */
    private static double residentMegabytes(Process process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
            throw new IllegalStateException("no VmRSS for process " + process.pid());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
