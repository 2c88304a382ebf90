package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.application.Accolade;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /metrics}: the requests timed by route template, method, status and dialect, read in
 * Prometheus's text format with the admin token or the metrics token, and by no one else.
 */
class MetricsTest {

    private static final String METRICS_TOKEN = "metrics-token-0123456789";
    private static final String REQUESTS = "http_server_requests_seconds_count";

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(Accolade.inMemory(), new MetricsSettings(
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Optional.of(METRICS_TOKEN)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PrometheusText scrape(String token) {
        Reply reply = server.get("/metrics", token);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return PrometheusText.parse(reply.raw().body());
    }

    @Test
    void requests_are_counted_by_route_template_method_status_and_dialect_never_by_raw_path() {
        long acme = server.createIssuer("acme");
        server.get("/v1/issuers/" + acme, null);
        server.get("/v1/issuers/" + acme, ADMIN_TOKEN);
        server.get("/v1/issuers/987654321", null);
        server.get("/v1/no/such/route", null);
        server.get("/compat/acclaim/v1/users/self", null);
        server.get("/compat/acclaim/no/such/route", null);

        PrometheusText metrics = scrape(METRICS_TOKEN);

        assertThat(metrics.value(REQUESTS, "route", "/v1/issuers", "method", "POST", "status", "201", "dialect",
                "native")).isEqualTo(1);
        assertThat(metrics.value(REQUESTS, "route", "/v1/issuers/{id}", "method", "GET", "status", "200")).isEqualTo(2);
        assertThat(metrics.value(REQUESTS, "route", "/v1/issuers/{id}", "status", "404")).isEqualTo(1);
        assertThat(metrics.value(REQUESTS, "route", "unmatched", "status", "404", "dialect", "native")).isEqualTo(1);
        assertThat(metrics.value(REQUESTS, "route", "/compat/acclaim/v1/users/self", "status", "401", "dialect",
                "acclaim")).isEqualTo(1);
        assertThat(metrics.value(REQUESTS, "route", "unmatched", "dialect", "acclaim")).isEqualTo(1);
        assertThat(metrics.find(REQUESTS)).as("no series names a raw path").extracting(s -> s.labels().get("route"))
                .containsOnly("/v1/issuers", "/v1/issuers/{id}", "unmatched", "/compat/acclaim/v1/users/self");
    }

    @Test
    void request_latencies_fall_into_histogram_buckets_up_to_ten_seconds() {
        server.get("/health", null);

        PrometheusText metrics = scrape(ADMIN_TOKEN);

        String[] health = {"route", "/health", "method", "GET", "status", "200", "dialect", "native"};
        assertThat(metrics.find("http_server_requests_seconds_bucket", health)).extracting(s -> s.labels().get("le"))
                .contains("0.005", "0.1", "1.0", "10.0", "+Inf");
        assertThat(metrics.value("http_server_requests_seconds_bucket", concat(health, "le", "+Inf"))).isEqualTo(1);
        assertThat(metrics.value("http_server_requests_seconds_sum", health)).isPositive();
    }

    @Test
    void the_admin_token_and_the_metrics_token_read_the_metrics_in_prometheus_text_format() {
        server.get("/health", null);
        Reply admin = server.get("/metrics", ADMIN_TOKEN);
        Reply scraper = server.get("/metrics", METRICS_TOKEN);

        for (Reply reply : new Reply[] {admin, scraper}) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.raw().headers().firstValue("Content-Type")).contains(
                    "text/plain; version=0.0.4; charset=utf-8");
            assertThat(reply.raw().body()).contains("# TYPE http_server_requests_seconds histogram");
        }
    }

    @Test
    void nobody_else_reads_the_metrics_and_the_metrics_token_opens_nothing_else() {
        String key = server.createApiKey(server.createIssuer("acme"));

        Reply anonymous = server.get("/metrics", null);
        Reply wrong = server.get("/metrics", METRICS_TOKEN + "x");
        Reply issuerKey = server.get("/metrics", key);
        Reply asOperator = server.get("/v1/issuers", METRICS_TOKEN);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().path("code").asText()).isEqualTo("authentication_required");
        assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"accolade\"");
        for (Reply refused : new Reply[] {wrong, issuerKey, asOperator}) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().path("code").asText()).isEqualTo("invalid_credentials");
            assertThat(refused.raw().body()).doesNotContain("http_server_requests");
        }
    }

    @Test
    void a_server_started_without_metrics_settings_serves_them_to_the_admin_token_alone() {
        try (TestServer plain = TestServer.start()) {
            assertThat(plain.get("/metrics", ADMIN_TOKEN).status()).isEqualTo(200);
            assertThat(plain.get("/metrics", METRICS_TOKEN).status()).isEqualTo(401);
        }
    }

    private static String[] concat(String[] labels, String... more) {
        String[] all = Arrays.copyOf(labels, labels.length + more.length);
        System.arraycopy(more, 0, all, labels.length, more.length);
        return all;
    }
}
