package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.application.Accolade;
import dev.accolade.domain.issuer.IssuerId;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closing the server lets a request already in flight finish, its body still arriving included, while new
 * connections are refused; a request that arrives on a connection already open is served, not turned away.
 */
class GracefulShutdownTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** Jetty gives connections one second while it stops, unless told otherwise; a body may pause longer. */
    private static final Duration SLOWER_THAN_JETTYS_SHUTDOWN_IDLE_TIMEOUT = Duration.ofMillis(1_500);

    @Test
    void a_write_in_flight_when_closing_starts_completes_and_close_waits_for_it() throws Exception {
        Accolade accolade = Accolade.inMemory();
        RestServer server = RestServer.start(accolade, new RestSettings("127.0.0.1", 0, ADMIN_TOKEN));
        int port = server.port();
        byte[] head = "{\"slug\":\"latecomer\",".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"name\":\"Latecomer\"}".getBytes(StandardCharsets.UTF_8);
        Socket client = new Socket("127.0.0.1", port);
        client.setSoTimeout((int) PATIENCE.toMillis());
        OutputStream out = client.getOutputStream();
        out.write(("POST /v1/issuers HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer " + ADMIN_TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: " + (head.length + tail.length)
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(head);
        out.flush();
        awaitTheRouteReadingItsBody();

        CountDownLatch closed = new CountDownLatch(1);
        Thread closer = new Thread(() -> {
            server.close();
            closed.countDown();
        }, "closer");
        closer.start();
        awaitConnectionsRefused(port);
        assertThat(closed.await(300, TimeUnit.MILLISECONDS)).as("close() waits for the request in flight").isFalse();
        assertThat(client.getInputStream().available()).as("no response yet").isZero();
        Thread.sleep(SLOWER_THAN_JETTYS_SHUTDOWN_IDLE_TIMEOUT.toMillis());
        assertThat(client.getInputStream().available()).as("no response yet").isZero();

        out.write(tail);
        out.flush();
        String response = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        client.close();
        assertThat(closed.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("close() returns").isTrue();

        assertThat(response).startsWith("HTTP/1.1 201 ");
        JsonNode issuer = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4)).path("data");
        assertThat(issuer.path("slug").asText()).isEqualTo("latecomer");
        assertThat(accolade.issuers().getIssuer(new IssuerId(issuer.path("id").asLong())).slug().value())
                .isEqualTo("latecomer");
        assertThatThrownBy(() -> connect(port)).isInstanceOf(ConnectException.class);
    }

    /** Waits until a server thread is inside the route, blocked reading the rest of the body. */
    private static void awaitTheRouteReadingItsBody() throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (Thread.getAllStackTraces().values().stream().noneMatch(stack -> Arrays.stream(stack)
                .anyMatch(frame -> frame.getClassName().equals(JsonBodies.class.getName())))) {
            assertThat(System.nanoTime()).as("the route reads the body").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** Waits until closing has begun: the server no longer accepts connections. */
    private static void awaitConnectionsRefused(int port) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                connect(port);
            } catch (ConnectException refused) {
                return;
            }
            assertThat(System.nanoTime()).as("new connections are refused").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static void connect(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
        }
    }
}
