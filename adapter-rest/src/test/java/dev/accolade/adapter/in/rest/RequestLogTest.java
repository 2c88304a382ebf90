package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every request gets an id, returned as X-Request-Id, and one log line without any credential in it. */
class RequestLogTest {

    private static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private TestServer server;
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private PrintStream standardError;

    @BeforeEach
    void start() {
        standardError = System.err;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
        System.setErr(standardError);
    }

    private String log() {
        return logged.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_request_gets_a_fresh_id_that_its_log_line_names_with_method_path_status_and_duration() {
        Reply reply = server.get("/v1/issuers", ADMIN_TOKEN);

        String id = reply.raw().headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches(UUID_FORM);
        assertThat(log()).containsPattern("GET /v1/issuers 200 \\d+ms id=" + id);
    }

    @Test
    void a_well_formed_id_from_the_caller_is_kept_and_a_malformed_one_replaced() {
        Reply kept = server.send(server.request("/health").GET().header("X-Request-Id", "trace-42_a"), null);
        Reply replaced = server.send(server.request("/health").GET().header("X-Request-Id", "bad id;\u00e9"), null);

        assertThat(kept.raw().headers().firstValue("X-Request-Id")).contains("trace-42_a");
        assertThat(replaced.raw().headers().firstValue("X-Request-Id").orElseThrow()).matches(UUID_FORM);
        assertThat(log()).contains("GET /health 200").contains("id=trace-42_a");
    }

    @Test
    void failures_are_logged_with_their_status_and_no_credential_or_query_reaches_the_log() {
        Reply refused = server.get("/v1/issuers?page_size=101", ADMIN_TOKEN);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(log()).containsPattern("GET /v1/issuers 400 \\d+ms id=").doesNotContain(ADMIN_TOKEN)
                .doesNotContain("page_size");
    }
}
