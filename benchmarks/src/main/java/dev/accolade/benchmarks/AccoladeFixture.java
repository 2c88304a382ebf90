package dev.accolade.benchmarks;

import dev.accolade.bootstrap.CliOutput;
import dev.accolade.bootstrap.Configuration;
import dev.accolade.bootstrap.Flags;
import dev.accolade.bootstrap.Server;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The real server on an H2 file, as the launcher starts it but with rate limits off, holding one issuer with
 * an API key, one published repeatable template and a recipient who has received it a number of times.
 */
final class AccoladeFixture implements AutoCloseable {

    /** The recipient whose list the list case reads. */
    static final String RECIPIENT = "email:reader@example.org";

    private static final String NARRATIVE = "Read the whole manual in one sitting.";
    private static final String ADMIN = "an-admin-token-for-benchmarks";
    /** No user or password, as an embedded H2 database has by default. */
    private static final String H2_USER = null;

    private final Server server;
    private final String jdbcUrl;
    private final JsonApi api;
    private final String key;
    private final long issuer;
    private final long category;
    private final long template;

    private AccoladeFixture(Server server, String jdbcUrl) {
        this.server = server;
        this.jdbcUrl = jdbcUrl;
        this.api = new JsonApi(base());
        this.issuer = api.data(api.post("/v1/issuers", ADMIN, Map.of("slug", "bench", "name", "Bench")).build(), 201)
                .path("id").asLong();
        this.key = api.data(api.post("/v1/issuers/" + issuer + "/api_keys", ADMIN, Map.of("label", "bench"))
                .build(), 201).path("secret").asText();
        this.category = api.data(api.post("/v1/categories", ADMIN, Map.of("name", "Bench")).build(), 201)
                .path("id").asLong();
        this.template = publishedTemplate(issuer, key);
    }

    private long publishedTemplate(long owner, String token) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", "Speed Reader");
        content.put("categories", List.of(category));
        content.put("repeatable", true);
        content.put("submit_for_review", true);
        long id = api.data(api.post("/v1/issuers/" + owner + "/templates", token, content).build(), 201)
                .path("id").asLong();
        api.data(api.post("/v1/templates/" + id + "/approval", ADMIN, null).build(), 200);
        return id;
    }

    /** Starts the server on a new H2 file database in the directory. */
    static AccoladeFixture start(Path directory) {
        String jdbcUrl = "jdbc:h2:file:" + directory.resolve("accolade").toAbsolutePath();
        Configuration configuration = Configuration.resolve(new Flags(0, "127.0.0.1", jdbcUrl, H2_USER, H2_USER, false),
                Map.of("ACCOLADE_ADMIN_TOKEN", ADMIN, "ACCOLADE_RATE_KEY", "0", "ACCOLADE_RATE_ADDRESS", "0"),
                new Properties());
        StringWriter ignored = new StringWriter();
        Server server = Server.start(configuration,
                new CliOutput(new PrintWriter(ignored, true), new PrintWriter(ignored, true)));
        return new AccoladeFixture(server, jdbcUrl);
    }

    /** Awards the template to the list case's recipient this many times; gives the last award's id. */
    long awardToReader(int times) {
        long last = 0;
        for (int i = 0; i < times; i++) {
            last = api.data(awarding(RECIPIENT, "reader-" + i).build(), 201).path("id").asLong();
        }
        return last;
    }

    /** Another issuer with a published template, whose ids are given in this order. */
    long[] anotherIssuerAndTemplate(String slug) {
        long other = api.data(api.post("/v1/issuers", ADMIN, Map.of("slug", slug, "name", slug)).build(), 201)
                .path("id").asLong();
        return new long[] {other, publishedTemplate(other, ADMIN)};
    }

    /** The request that awards the template to an identity under an idempotency key. */
    HttpRequest.Builder awarding(String identityKey, String idempotencyKey) {
        String email = identityKey.substring("email:".length());
        return api.post("/v1/templates/" + template + "/awards", key, Map.of("recipient", Map.of("email", email),
                "evidence", Map.of("narrative", NARRATIVE)))
                .header("Idempotency-Key", idempotencyKey);
    }

    /** The request that awards the template in one call to these addresses under an idempotency key. */
    HttpRequest.Builder bulkAwarding(List<String> emails, String idempotencyKey) {
        return api.post("/v1/templates/" + template + "/awards/bulk", key, bulkBody(emails))
                .header("Idempotency-Key", idempotencyKey);
    }

    /** A bulk award's body naming these addresses, each with the same evidence as a single award's. */
    static Map<String, Object> bulkBody(List<String> emails) {
        return Map.of("recipients", emails.stream().map(email -> Map.of("recipient", Map.of("email", email),
                "evidence", Map.of("narrative", NARRATIVE))).toList());
    }

    /** A request to the API with the issuer's key. */
    HttpRequest.Builder request(String path) {
        return api.request(path, key);
    }

    /** The API as the issuer calls it. */
    JsonApi api() {
        return api;
    }

    /** The server's base URL. */
    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The database the server writes. */
    String jdbcUrl() {
        return jdbcUrl;
    }

    /** The issuer's id. */
    long issuer() {
        return issuer;
    }

    /** The template's id. */
    long template() {
        return template;
    }

    @Override
    public void close() {
        server.close();
    }
}
