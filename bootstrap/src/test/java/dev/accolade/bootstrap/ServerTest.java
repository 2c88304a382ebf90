package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServerTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final StringWriter out = new StringWriter();
    private final CliOutput output = new CliOutput(new PrintWriter(out, true), new PrintWriter(new StringWriter()));

    @Test
    void serves_health_over_http_until_closed_and_then_no_longer_answers() throws Exception {
        Configuration configuration = Configuration.resolve(
                new Flags(0, "127.0.0.1", "memory", null, null, null),
                Map.of("ACCOLADE_ADMIN_TOKEN", "a-token-of-sixteen-or-more"), new Properties());

        URI health;
        try (Server server = Server.start(configuration, output)) {
            health = URI.create("http://127.0.0.1:" + server.port() + "/health");
            HttpResponse<String> response = get(health);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("ok");
        }

        assertThatThrownBy(() -> get(health)).isInstanceOf(ConnectException.class);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_generated_admin_token_is_printed_once_and_a_configured_one_never() {
        Configuration unset = Configuration.resolve(new Flags(0, "127.0.0.1", "memory", null, null, true), Map.of(),
                new Properties());

        try (Server server = Server.start(unset, output)) {
            assertThat(server.port()).isPositive();
        }

        assertThat(out.toString().lines().filter(line -> !line.startsWith("Sandbox user: ")))
                .singleElement().asString().contains("shown only now")
                .matches(".*: [A-Za-z0-9]{40}$");
    }

    @Test
    void closing_twice_is_harmless() {
        Configuration configuration = Configuration.resolve(new Flags(0, "127.0.0.1", "memory", null, null, null),
                Map.of("ACCOLADE_ADMIN_TOKEN", "a-token-of-sixteen-or-more"), new Properties());
        Server server = Server.start(configuration, output);

        server.close();
        server.close();
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
