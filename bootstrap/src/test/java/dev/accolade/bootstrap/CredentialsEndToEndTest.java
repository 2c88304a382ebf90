package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials over the server bootstrap wires, on an H2 file: an award is issued under a configured
 * public URL, fetched from it and verified; then the server moves to another public URL, and the
 * credential keeps its id, is still served and still verifies, while a new issuer's credentials live
 * under the new address. Under the local default nothing is pinned, so configuring the real address
 * later moves those issuers to it.
 */
class CredentialsEndToEndTest {

    private static final String ADMIN = "an-admin-token-for-credentials";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void a_credential_keeps_its_id_and_still_verifies_after_the_server_moves(@TempDir Path directory) {
        String database = "jdbc:h2:file:" + directory.resolve("accolade");
        String credentialUrl;
        String credential;
        int port = FreePort.on("127.0.0.1");
        try (Server first = start(database, port, "http://127.0.0.1:" + port)) {
            String base = "http://127.0.0.1:" + first.port();
            long issuer = post(base, "/v1/issuers", ADMIN, "{\"slug\":\"acme\",\"name\":\"Acme\","
                    + "\"url\":\"https://acme.example\",\"email\":\"badges@acme.example\"}").path("id").asLong();
            String key = post(base, "/v1/issuers/" + issuer + "/api_keys", ADMIN, "{\"label\":\"t\"}")
                    .path("secret").asText();
            long template = post(base, "/v1/issuers/" + issuer + "/templates", key, "{\"title\":\"Baker\"}")
                    .path("id").asLong();
            JsonNode award = post(base, "/v1/templates/" + template + "/awards", key,
                    "{\"recipient\":{\"email\":\"ada@example.org\"}}");
            credentialUrl = award.at("/credentials/ob3_credential").asText();
            assertThat(credentialUrl).startsWith(base + "/ob/v3/credentials/");
            credential = get(credentialUrl);

            assertThat(JSON.readTree(credential).path("id").asText()).isEqualTo(credentialUrl);
            assertThat(verify(base, credential)).isEqualTo("verified");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        try (Server moved = start(database, 0, "https://badges.example.org")) {
            String base = "http://127.0.0.1:" + moved.port();
            String path = URI.create(credentialUrl).getRawPath();

            String served = get(base + path);

            assertThat(JSON.readTree(served).path("id").asText()).as("the id pinned when it was issued")
                    .isEqualTo(credentialUrl);
            assertThat(served).isEqualTo(credential);
            assertThat(verify(base, credential)).isEqualTo("verified");
            JsonNode newcomer = post(base, "/v1/issuers", ADMIN, "{\"slug\":\"newco\",\"name\":\"New Co\"}");
            assertThat(newcomer.at("/open_badges/ob3_profile").asText())
                    .isEqualTo("https://badges.example.org/ob/v3/issuers/newco");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void under_the_local_default_nothing_is_pinned_until_the_real_address_is_configured(@TempDir Path directory) {
        String database = "jdbc:h2:file:" + directory.resolve("accolade");
        try (Server local = start(database, 0, null)) {
            JsonNode issuer = post("http://127.0.0.1:" + local.port(), "/v1/issuers", ADMIN,
                    "{\"slug\":\"early\",\"name\":\"Early\"}");
            assertThat(issuer.at("/open_badges/ob3_profile").asText())
                    .isEqualTo("http://localhost:" + local.port() + "/ob/v3/issuers/early");
        }
        try (Server configured = start(database, 0, "https://badges.example.org")) {
            JsonNode issuers = get("http://127.0.0.1:" + configured.port(), "/v1/issuers?page_size=100", ADMIN);
            JsonNode issuer = StreamSupport.stream(issuers.spliterator(), false)
                    .filter(candidate -> candidate.path("slug").asText().equals("early")).findFirst().orElseThrow();
            assertThat(issuer.at("/open_badges/ob3_profile").asText())
                    .isEqualTo("https://badges.example.org/ob/v3/issuers/early");
        }
    }

    private Server start(String database, int port, String publicUrl) {
        Configuration configuration = Configuration.resolve(
                new Flags(port, "127.0.0.1", database, null, null, true, null, publicUrl),
                Map.of("ACCOLADE_ADMIN_TOKEN", ADMIN), new Properties());
        StringWriter ignored = new StringWriter();
        return Server.start(configuration,
                new CliOutput(new PrintWriter(ignored, true), new PrintWriter(ignored, true)));
    }

    private String verify(String base, String credential) throws IOException {
        return post(base, "/v1/verifications", null, "{\"credential\":" + credential + "}").path("verdict").asText();
    }

    private JsonNode post(String base, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = send(request.build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(200, 201);
        try {
            return JSON.readTree(response.body()).path("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode get(String base, String path, String token) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body()).path("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String get(String url) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/ld+json").build());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
