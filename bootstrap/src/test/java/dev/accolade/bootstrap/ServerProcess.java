package dev.accolade.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code accolade serve} in a process of its own, on the test's class path, configured by environment
 * variables; closed with SIGTERM, as a process manager stops it.
 */
final class ServerProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a server on a free port with these variables; it answers once {@link #awaitHealthy} returns. */
    static ServerProcess start(Map<String, String> environment, Path logDirectory) throws IOException {
        int port = FreePort.on("127.0.0.1");
        Path log = Files.createTempFile(logDirectory, "server-" + port + "-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--host", "127.0.0.1", "--port", Integer.toString(port)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new ServerProcess(builder.start(), port, log);
    }

    /** Waits until {@code /health} answers 200, failing with the server's output when it does not in time. */
    ServerProcess awaitHealthy(Duration wait) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(wait);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited: " + output());
            }
            try {
                HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(base().resolve("/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the server did not become healthy in " + wait + ": " + output());
    }

    /** Where the server answers. */
    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** What the server printed so far. */
    String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
