package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In the sandbox the predefined Achieve Mint users exist, with the credentials printed at startup. */
class SandboxUsersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newHttpClient();

    private static Configuration sandboxOn(String database) {
        return Configuration.resolve(new Flags(0, "127.0.0.1", database, null, null, true),
                Map.of("ACCOLADE_ADMIN_TOKEN", "a-token-of-sixteen-or-more"), new Properties());
    }

    @Test
    void the_predefined_users_are_made_once_printed_every_start_and_sign_in_through_achieve_mint() throws Exception {
        String database = "jdbc:h2:file:" + directory.resolve("sandbox");
        StringWriter first = new StringWriter();
        try (Server server = Server.start(sandboxOn(database), output(first))) {
            assertThat(first.toString().lines()).containsExactly(
                    "Sandbox user: demo@sandbox.accolade.test / sandbox-demo",
                    "Sandbox user: tester@sandbox.accolade.test / sandbox-tester");
        }
        StringWriter second = new StringWriter();
        try (Server server = Server.start(sandboxOn(database), output(second))) {
            assertThat(second.toString()).isEqualTo(first.toString());
            JsonNode user = auth(server, "demo@sandbox.accolade.test", "sandbox-demo").path("user");
            assertThat(user.path("token").asText()).hasSize(32);
            JsonNode template = call(server, "create_template", user.path("token").asText(), "title=Sandboxed");
            assertThat(template.at("/template/status").asText()).as("approved at once").isEqualTo("published");
        }
    }

    @Test
    void outside_the_sandbox_there_are_no_predefined_users() throws Exception {
        Configuration production = Configuration.resolve(new Flags(0, "127.0.0.1", "memory", null, null, false),
                Map.of("ACCOLADE_ADMIN_TOKEN", "a-token-of-sixteen-or-more"), new Properties());
        StringWriter out = new StringWriter();
        try (Server server = Server.start(production, output(out))) {
            assertThat(auth(server, "demo@sandbox.accolade.test", "sandbox-demo").at("/error/code").asInt())
                    .isEqualTo(21);
        }
        assertThat(out.toString()).isEmpty();
    }

    private static CliOutput output(StringWriter out) {
        return new CliOutput(new PrintWriter(out, true), new PrintWriter(new StringWriter()));
    }

    private JsonNode auth(Server server, String email, String password) throws IOException, InterruptedException {
        return post(server, "auth", null, "identity={\"email\":\"" + email + "\"}&password=" + password);
    }

    private JsonNode call(Server server, String method, String token, String body)
            throws IOException, InterruptedException {
        return post(server, method, token, body);
    }

    private JsonNode post(Server server, String method, String token, String body)
            throws IOException, InterruptedException {
        String url = "http://127.0.0.1:" + server.port() + "/compat/achievemint/api/1.0/" + method + ".json"
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}
