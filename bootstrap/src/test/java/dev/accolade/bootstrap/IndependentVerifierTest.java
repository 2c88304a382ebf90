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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accolade's Open Badges 3.0 credentials checked by a verifier we did not write: Digital Bazaar's
 * {@code @digitalbazaar/vc} with the {@code eddsa-rdfc-2022} cryptosuite and the Bitstring Status List
 * checker, and {@code jose} for VC-JWTs (src/test/verifier, installed with {@code npm ci}). It sees
 * nothing but the credential's public URL and what that credential names, over real HTTP. Needs
 * Node.js 20 or later; without it the test is skipped unless {@code ACCOLADE_REQUIRE_NODE=1}.
 */
class IndependentVerifierTest {

    private static final String ADMIN = "an-admin-token-for-the-verifier";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SOURCES = Path.of("src", "test", "verifier");
    private static final Path CONTEXT = Path.of("..", "adapter-openbadges", "src", "main", "resources", "dev",
            "accolade", "adapter", "out", "openbadges", "contexts", "openbadges-v3p0-context-3.0.3.json");
    private static final Path WORK = Path.of("target", "independent-verifier");

    private static Server server;
    private static String base;
    private static String key;
    private static long template;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void installTheVerifierAndStartAServer() throws IOException, InterruptedException {
        boolean required = "1".equals(System.getenv("ACCOLADE_REQUIRE_NODE"));
        boolean present = run(Path.of("."), Duration.ofSeconds(20), "node", "--version").exitCode() == 0
                && run(Path.of("."), Duration.ofSeconds(20), "npm", "--version").exitCode() == 0;
        if (!present && required) {
            throw new IllegalStateException("Node.js and npm are required (ACCOLADE_REQUIRE_NODE=1) but not found");
        }
        Assumptions.assumeTrue(present, "Node.js and npm are not installed: the independent verifier is skipped");
        install();
        int port = FreePort.on("127.0.0.1");
        base = "http://127.0.0.1:" + port;
        Configuration configuration = Configuration.resolve(
                new Flags(port, "127.0.0.1", "memory", null, null, true, null, base),
                Map.of("ACCOLADE_ADMIN_TOKEN", ADMIN), new Properties());
        StringWriter ignored = new StringWriter();
        server = Server.start(configuration, new CliOutput(new PrintWriter(ignored, true),
                new PrintWriter(ignored, true)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_fresh_credential_verifies_and_one_changed_character_does_not() throws IOException {
        String credential = award("ada@example.org");

        JsonNode fresh = verify(credential, "di");
        JsonNode tampered = verify(credential, "di", "--tamper");

        assertThat(fresh.path("verified").asBoolean()).as(fresh.toString()).isTrue();
        assertThat(fresh.path("revoked").asBoolean()).isFalse();
        assertThat(tampered.path("verified").asBoolean()).as(tampered.toString()).isFalse();
    }

    @Test
    void the_vc_jwt_verifies_with_the_key_its_kid_names_and_a_changed_one_does_not() throws IOException {
        String credential = award("grace@example.org");

        JsonNode fresh = verify(credential, "jwt");
        JsonNode tampered = verify(credential, "jwt", "--tamper");

        assertThat(fresh.path("verified").asBoolean()).as(fresh.toString()).isTrue();
        assertThat(fresh.path("errors")).as(fresh.toString()).isEmpty();
        assertThat(tampered.path("verified").asBoolean()).as(tampered.toString()).isFalse();
    }

    @Test
    void a_revoked_award_reads_as_revoked_from_its_issuers_status_list() throws IOException {
        JsonNode award = awardJson("alan@example.org");
        String credential = award.at("/credentials/ob3_credential").asText();
        post("/v1/awards/" + award.path("id").asLong() + "/revocation", key, "{\"reason\":\"Mistake\"}");

        JsonNode revoked = verify(credential, "di");

        assertThat(revoked.path("verified").asBoolean()).as(revoked.toString()).isTrue();
        assertThat(revoked.path("revoked").asBoolean()).as(revoked.toString()).isTrue();
    }

    private String award(String email) {
        return awardJson(email).at("/credentials/ob3_credential").asText();
    }

    private synchronized JsonNode awardJson(String email) {
        if (key == null) {
            long issuer = post("/v1/issuers", ADMIN, "{\"slug\":\"acme\",\"name\":\"Acme Academy\","
                    + "\"url\":\"https://acme.example\",\"email\":\"badges@acme.example\"}").path("id").asLong();
            key = post("/v1/issuers/" + issuer + "/api_keys", ADMIN, "{\"label\":\"t\"}").path("secret").asText();
            template = post("/v1/issuers/" + issuer + "/templates", key, "{\"title\":\"Crème brûlée — ★\","
                    + "\"description\":\"Bakes \\\"well\\\"\\nand often\",\"repeatable\":true}").path("id").asLong();
        }
        return post("/v1/templates/" + template + "/awards", key, "{\"recipient\":{\"email\":\"" + email + "\"},"
                + "\"evidence\":{\"narrative\":\"Über gut\",\"links\":[\"https://evidence.example/é\"]}}");
    }

    private static JsonNode verify(String credentialUrl, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("node", "verify.mjs", credentialUrl));
        command.addAll(List.of(arguments));
        Ran ran = run(WORK, Duration.ofSeconds(60), command.toArray(String[]::new));
        assertThat(ran.exitCode()).as(ran.output()).isZero();
        String last = ran.output().strip().lines().reduce((first, second) -> second).orElse("");
        return JSON.readTree(last);
    }

    private JsonNode post(String path, String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization",
                "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(200, 201);
            return JSON.readTree(response.body()).path("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Copies the verifier into target and installs its locked dependencies, once per lock file. */
    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(WORK.resolve("contexts"));
        for (String file : List.of("package.json", "package-lock.json", "verify.mjs")) {
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(CONTEXT, WORK.resolve("contexts").resolve(CONTEXT.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
        Path stamp = WORK.resolve("node_modules").resolve(".installed-lock");
        String lock = Files.readString(SOURCES.resolve("package-lock.json"));
        if (Files.exists(stamp) && Files.readString(stamp).equals(lock)) {
            return;
        }
        Ran installed = run(WORK, Duration.ofMinutes(5), "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        if (installed.exitCode() != 0) {
            throw new IllegalStateException("npm ci failed: " + installed.output());
        }
        Files.writeString(stamp, lock);
    }

    /** What a process printed (standard output and error together) and how it ended. */
    private record Ran(int exitCode, String output) {
    }

    private static Ran run(Path directory, Duration timeout, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(false)
                    .start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Ran(-1, "timed out: " + String.join(" ", command));
            }
            String printed = new String(err, StandardCharsets.UTF_8) + new String(out, StandardCharsets.UTF_8);
            return new Ran(process.exitValue(), printed);
        } catch (IOException notThere) {
            return new Ran(-1, notThere.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Ran(-1, "interrupted");
        }
    }
}
