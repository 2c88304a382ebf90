package dev.accolade.adapter.in.rest.server;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.Deadlines;
import dev.accolade.adapter.in.rest.RestServer;
import dev.accolade.adapter.in.rest.RestSettings;
import dev.accolade.adapter.in.rest.server.RawHttp.Response;
import dev.accolade.application.Accolade;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Stopping drains: {@code /health} says so first while requests are still served, and a request that
 * arrives on a connection the server had accepted is served once the listening socket has closed.
 */
class DrainingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static RestServer start(Duration drainDelay) {
        return RestServer.start(Accolade.inMemory(), new RestSettings("127.0.0.1", 0, ADMIN_TOKEN)
                .withDeadlines(Deadlines.DEFAULT.withDrainDelay(drainDelay)));
    }

    private static String createIssuer(String slug) {
        String body = "{\"slug\":\"" + slug + "\",\"name\":\"" + slug + "\"}";
        return "POST /v1/issuers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + ADMIN_TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    }

    @Test
    void health_reports_draining_during_the_drain_delay_while_requests_are_still_served() throws Exception {
        RestServer server = start(Duration.ofSeconds(2));
        int port = server.port();
        try (RawHttp balancer = new RawHttp(port)) {
            assertThat(balancer.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").response().status()).isEqualTo(200);
        }
        CompletableFuture<Void> closed = CompletableFuture.runAsync(server::close);

        Response health = awaitDraining(port);
        Response created;
        try (RawHttp http = new RawHttp(port)) {
            created = http.send(createIssuer("during-delay")).response();
        }
        closed.get();

        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"draining\"");
        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void with_nobody_probing_health_stopping_skips_the_drain_delay() throws Exception {
        RestServer server = start(Duration.ofMinutes(10));

        CompletableFuture<Void> closed = CompletableFuture.runAsync(server::close);

        assertThat(closed).succeedsWithin(PATIENCE);
    }

    @Test
    void a_request_on_an_open_connection_after_the_socket_closed_is_served_with_connection_close()
            throws Exception {
        RestServer server = start(Duration.ZERO);
        int port = server.port();
        try (RawHttp open = new RawHttp(port); RawHttp inFlight = new RawHttp(port)) {
            assertThat(open.send(createIssuer("first")).response().status()).isEqualTo(201);
            String slow = createIssuer("in-flight");
            inFlight.send(slow.substring(0, slow.length() - 5));
            Thread.sleep(200);
            CompletableFuture<Void> closed = CompletableFuture.runAsync(server::close);
            awaitConnectionsRefused(port);

            Response late = open.send("GET /v1/issuers/1 HTTP/1.1\r\nHost: x\r\n\r\n").response();
            Response finished = inFlight.send(slow.substring(slow.length() - 5)).response();
            closed.get();

            assertThat(late.status()).isEqualTo(200);
            assertThat(late.hasHeader("Connection", "close")).as(late.head()).isTrue();
            assertThat(finished.status()).isEqualTo(201);
        }
    }

    private static Response awaitDraining(int port) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try (RawHttp http = new RawHttp(port)) {
                Response health = http.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").response();
                if (health.status() != 200) {
                    return health;
                }
            }
            assertThat(System.nanoTime()).as("health reports draining").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static void awaitConnectionsRefused(int port) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            } catch (ConnectException refused) {
                return;
            }
            assertThat(System.nanoTime()).as("new connections are refused").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
