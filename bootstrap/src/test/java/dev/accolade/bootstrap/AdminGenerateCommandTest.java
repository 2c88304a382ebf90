package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code accolade admin generate} on a real database, then the real server on it: every generated award is
 * listed through {@code /v1} exactly once, with the rows the award path would have written.
 */
class AdminGenerateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int AWARDS = 2_000;

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void generated_awards_on_h2_page_through_the_api_each_once() throws Exception {
        String database = "jdbc:h2:file:" + directory.resolve("accolade");

        JsonNode generated = generate(Map.of(), "--database", database);

        assertEveryAwardListedOnce(generated, Map.of("ACCOLADE_DATABASE", database));
    }

    @Test
    void generated_awards_on_postgresql_page_through_the_api_each_once() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create("accolade_gen_")) {
            Map<String, String> environment = Map.of("ACCOLADE_DATABASE", schema.url(), "ACCOLADE_DATABASE_USER",
                    PostgresSchema.user());

            JsonNode generated = generate(environment);

            assertEveryAwardListedOnce(generated, environment);
        }
    }

    @Test
    void refuses_the_memory_store_and_a_bad_count() {
        CliRun memory = CliRun.of(Map.of(), directory, "admin", "generate", "--awards", "10", "--database", "memory");
        CliRun negative = CliRun.of(Map.of(), directory, "admin", "generate", "--awards", "10", "--issuers", "0",
                "--database", "jdbc:h2:file:" + directory.resolve("other"));

        assertThat(memory.exitCode()).isEqualTo(1);
        assertThat(memory.err()).contains("generate_needs_database");
        assertThat(negative.exitCode()).isEqualTo(1);
        assertThat(negative.err()).contains("generate_invalid");
    }

    private JsonNode generate(Map<String, String> environment, String... database) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("admin", "generate", "--awards", String.valueOf(AWARDS),
                "--issuers", "2", "--templates", "3", "--recipients", "300"));
        arguments.addAll(List.of(database));
        CliRun run = CliRun.of(environment, directory, arguments.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode generated = JSON.readTree(run.out());
        assertThat(generated.get("awards").asLong()).isEqualTo(AWARDS);
        assertThat(generated.get("templates").asInt()).isEqualTo(6);
        assertThat(generated.get("issuers")).hasSize(2);
        return generated;
    }

    private void assertEveryAwardListedOnce(JsonNode generated, Map<String, String> database) throws Exception {
        Map<String, String> environment = new HashMap<>(database);
        environment.put("ACCOLADE_ADMIN_TOKEN", "a-token-of-sixteen-or-more");
        environment.put("ACCOLADE_RATE_KEY", "1000/2000");
        Configuration configuration = Configuration.resolve(new Flags(0, "127.0.0.1", null, null, null, null),
                environment, new Properties());
        CliOutput output = new CliOutput(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Set<String> ids = new HashSet<>();
        long listed = 0;
        try (Server server = Server.start(configuration, output)) {
            for (JsonNode issuer : generated.get("issuers")) {
                String key = issuer.get("api_key").get("secret").asText();
                long issuerId = issuer.get("issuer").get("id").asLong();
                String cursor = null;
                Instant previous = Instant.MAX;
                do {
                    JsonNode page = get(server, key, cursor);
                    for (JsonNode award : page.get("data")) {
                        listed++;
                        ids.add(award.get("id").asText());
                        Instant awardedAt = Instant.parse(award.get("awarded_at").asText());
                        assertThat(awardedAt).isBeforeOrEqualTo(previous).isBefore(Instant.now());
                        previous = awardedAt;
                        assertThat(award.get("recipient").toString()).contains("@");
                        assertThat(award.get("issuer_id").asLong()).isEqualTo(issuerId);
                    }
                    cursor = page.get("metadata").get("next_cursor").isNull() ? null
                            : page.get("metadata").get("next_cursor").asText();
                } while (cursor != null);
            }
        }
        assertThat(listed).isEqualTo(AWARDS);
        assertThat(ids).hasSize(AWARDS);
    }

    private JsonNode get(Server server, String key, String cursor) throws Exception {
        String query = "role=awarded&page_size=100" + (cursor == null ? ""
                : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.port() + "/v1/achievements?" + query)).header("Authorization", "Bearer " + key).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
