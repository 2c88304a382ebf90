package dev.accolade.adapter.in.rest.server;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.Deadlines;
import dev.accolade.adapter.in.rest.RestServer;
import dev.accolade.adapter.in.rest.RestSettings;
import dev.accolade.application.Accolade;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request must arrive in time: headers that trickle in, or a body that does, lose their connection
 * long before the idle timeout would notice, while a connection that is merely quiet between requests
 * keeps it, and the server keeps answering others under a thousand slow connections.
 */
class RequestDeadlinesTest {

    /** Short deadlines, so that the test waits little; the idle timeout is far beyond them. */
    private static final Deadlines SHORT = new Deadlines(Duration.ofMillis(400), Duration.ofMillis(600),
            Duration.ofSeconds(20), Duration.ZERO, Duration.ofSeconds(5));
    /** Longer than either deadline and far shorter than the idle timeout. */
    private static final int PATIENCE_MILLIS = 8_000;

    private final Accolade accolade = Accolade.inMemory();
    private RestServer server;

    @BeforeEach
    void start() {
        server = RestServer.start(accolade, new RestSettings("127.0.0.1", 0, ADMIN_TOKEN).withDeadlines(SHORT));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void headers_that_trickle_in_past_their_deadline_lose_the_connection() throws InterruptedException {
        try (RawHttp slow = new RawHttp(server.port())) {
            slow.send("GET /health HTTP/1.1\r\n");
            boolean cut = false;
            for (int header = 0; header < 100 && !cut; header++) {
                Thread.sleep(100);
                cut = !sent(slow, "X-Slow-" + header + ": 1\r\n");
            }

            assertThat(cut || slow.patience(PATIENCE_MILLIS).closedByServer()).isTrue();
        }
    }

    @Test
    void a_body_that_trickles_in_past_its_deadline_loses_the_connection_and_writes_nothing()
            throws Exception {
        String body = "{\"slug\":\"trickle\",\"name\":\"Trickle\"}";
        try (RawHttp slow = new RawHttp(server.port())) {
            slow.send("POST /v1/issuers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + ADMIN_TOKEN
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n");
            boolean cut = false;
            for (int at = 0; at < body.length() - 1 && !cut; at++) {
                Thread.sleep(100);
                cut = !sent(slow, body.substring(at, at + 1));
            }

            assertThat(cut || slow.patience(PATIENCE_MILLIS).closedByServer()).isTrue();
        }
        assertThat(get("/v1/issuers", ADMIN_TOKEN).body()).doesNotContain("trickle").contains("\"data\":[]");
    }

    @Test
    void a_connection_quiet_between_requests_is_kept_past_the_header_deadline() throws InterruptedException {
        try (RawHttp quiet = new RawHttp(server.port())) {
            assertThat(quiet.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").response().status()).isEqualTo(200);
            Thread.sleep(1_000);

            assertThat(quiet.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").response().status()).isEqualTo(200);
        }
    }

    @Test
    void the_server_answers_others_under_a_thousand_slow_connections_and_sheds_them() throws Exception {
        List<RawHttp> slow = new ArrayList<>();
        try {
            for (int connection = 0; connection < 1_000; connection++) {
                slow.add(new RawHttp(server.port()).send("GET /health HTTP/1.1\r\nHost: x\r\n"));
            }
            HttpResponse<String> health = get("/health", null);

            assertThat(health.statusCode()).isEqualTo(200);
            for (RawHttp connection : slow) {
                assertThat(connection.patience(PATIENCE_MILLIS).closedByServer()).isTrue();
            }
        } finally {
            slow.forEach(RawHttp::close);
        }
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(5));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean sent(RawHttp http, String text) {
        try {
            http.send(text);
            return true;
        } catch (java.io.UncheckedIOException closed) {
            return false;
        }
    }
}
