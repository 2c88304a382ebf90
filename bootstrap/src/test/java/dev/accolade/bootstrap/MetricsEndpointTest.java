package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server bootstrap wires serves {@code GET /metrics} to the configured metrics token: the awards and
 * offers its use cases committed, its requests, its outbox, the JVM's memory, collector and threads, and on
 * a database the pool and the transaction retries.
 */
class MetricsEndpointTest {

    private static final String ADMIN = "an-admin-token-for-metrics";
    private static final String METRICS = "a-token-only-for-the-scraper";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private URI base;

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"memory", "h2"})
    void the_metrics_token_reads_what_the_server_did(String store, @TempDir Path directory) throws Exception {
        String database = store.equals("memory") ? "memory" : "jdbc:h2:file:" + directory.resolve("accolade");
        try (Server server = start(database)) {
            base = URI.create("http://127.0.0.1:" + server.port());
            long issuer = post("/v1/issuers", ADMIN, "{\"slug\":\"acme\",\"name\":\"Acme\"}").path("id").asLong();
            String key = post("/v1/issuers/" + issuer + "/api_keys", ADMIN, "{\"label\":\"k\"}").path("secret")
                    .asText();
            long badge = template(issuer, key, "First Steps", false);
            long optIn = template(issuer, key, "Opt In", true);
            long first = award(badge, key, 201);
            award(badge, key, 201);
            award(badge, key, 201);
            award(optIn, key, 202);
            post("/v1/awards/" + first + "/revocation", key, "{\"reason\":\"by mistake\"}");
            assertThat(send("/v1/no/such/route", ADMIN).statusCode()).isEqualTo(404);

            HttpResponse<String> scraped = send("/metrics", METRICS);

            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.headers().firstValue("Content-Type"))
                    .contains("text/plain; version=0.0.4; charset=utf-8");
            PrometheusText metrics = PrometheusText.parse(scraped.body());
            assertThat(metrics.value("accolade_awards_granted_total", "source", "direct")).isEqualTo(3);
            assertThat(metrics.value("accolade_awards_granted_total", "source", "offer")).isZero();
            assertThat(metrics.value("accolade_awards_revoked_total")).isEqualTo(1);
            assertThat(metrics.value("accolade_offers_total", "event", "created")).isEqualTo(1);
            assertThat(metrics.value("accolade_offers_total", "event", "accepted")).isZero();
            assertThat(metrics.value("accolade_events_total", "event", "award_granted")).isEqualTo(3);
            assertThat(metrics.value("accolade_events_total", "event", "template_published")).isEqualTo(2);
            assertThat(metrics.value("http_server_requests_seconds_count", "route",
                    "/v1/templates/{template_id}/awards", "method", "POST", "status", "201", "dialect", "native"))
                    .isEqualTo(3);
            assertThat(metrics.value("http_server_requests_seconds_count", "route", "unmatched", "status", "404"))
                    .isEqualTo(1);
            assertThat(metrics.value("accolade_deliveries", "kind", "webhook", "status", "pending")).isZero();
            assertThat(metrics.value("accolade_deliveries", "kind", "callback", "status", "failed")).isZero();
            assertThat(metrics.value("accolade_deliveries_oldest_pending_age_seconds", "kind", "webhook")).isZero();
            assertThat(metrics.find("jvm_memory_used_bytes", "area", "heap")).isNotEmpty();
            assertThat(metrics.value("jvm_threads_live_threads")).isPositive();
            assertThat(metrics.has("jvm_gc_memory_allocated_bytes_total")).isTrue();
            assertThat(metrics.value("system_cpu_count")).isPositive();
            assertThat(metrics.value("process_uptime_seconds")).isPositive();
            if (store.equals("h2")) {
                assertThat(metrics.value("hikaricp_connections_max", "pool", "accolade")).isPositive();
                assertThat(metrics.find("hikaricp_connections_active", "pool", "accolade")).hasSize(1);
                assertThat(metrics.find("hikaricp_connections_pending", "pool", "accolade")).hasSize(1);
                assertThat(metrics.value("accolade_store_transaction_retries_total")).isZero();
                assertThat(metrics.value("accolade_store_busy_total")).isZero();
            } else {
                assertThat(metrics.has("hikaricp_connections_max")).as("no pool in memory").isFalse();
                assertThat(metrics.has("accolade_store_transaction_retries_total")).isFalse();
            }
            assertThat(send("/metrics", ADMIN).statusCode()).isEqualTo(200);
            assertThat(send("/metrics", null).statusCode()).isEqualTo(401);
            assertThat(send("/metrics", key).statusCode()).isEqualTo(401);
        }
    }

    private Server start(String database) {
        Configuration configuration = Configuration.resolve(
                new Flags(0, "127.0.0.1", database, null, null, true),
                Map.of("ACCOLADE_ADMIN_TOKEN", ADMIN, "ACCOLADE_METRICS_TOKEN", METRICS), new Properties());
        StringWriter ignored = new StringWriter();
        return Server.start(configuration,
                new CliOutput(new PrintWriter(ignored, true), new PrintWriter(ignored, true)));
    }

    /** A template the sandbox publishes at once, repeatable, needing acceptance or not. */
    private long template(long issuer, String key, String title, boolean acceptance) throws Exception {
        return post("/v1/issuers/" + issuer + "/templates", key, "{\"title\":\"" + title + "\",\"repeatable\":true,"
                + "\"acceptance_required\":" + acceptance + "}").path("id").asLong();
    }

    private long award(long template, String key, int status) throws Exception {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(base.resolve("/v1/templates/" + template + "/awards"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"recipient\":{\"email\":\"ada@example.org\"}}"))
                .header("Content-Type", "application/json"), key);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
        return JSON.readTree(reply.body()).at("/data/id").asLong();
    }

    private JsonNode post(String path, String token, String json) throws Exception {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"), token);
        assertThat(reply.statusCode()).as(path + ": " + reply.body()).isBetween(200, 201);
        return JSON.readTree(reply.body()).path("data");
    }

    private HttpResponse<String> send(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token)
            throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
