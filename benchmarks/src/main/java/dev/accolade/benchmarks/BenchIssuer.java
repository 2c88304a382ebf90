package dev.accolade.benchmarks;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server cases need in a store, made through the API with the admin token: an issuer with an API
 * key and one published repeatable template; and the requests that award it.
 */
final class BenchIssuer {

    /** The recipient whose list the list case reads. */
    static final String RECIPIENT = "email:reader@example.org";

    private static final String NARRATIVE = "Read the whole manual in one sitting.";

    private final JsonApi api;
    private final String admin;
    private final long category;
    private final long issuer;
    private final String key;
    private final long template;

    private BenchIssuer(JsonApi api, String admin) {
        this.api = api;
        this.admin = admin;
        this.issuer = api.data(api.post("/v1/issuers", admin, Map.of("slug", "bench", "name", "Bench")).build(), 201)
                .path("id").asLong();
        this.key = api.data(api.post("/v1/issuers/" + issuer + "/api_keys", admin, Map.of("label", "bench"))
                .build(), 201).path("secret").asText();
        this.category = api.data(api.post("/v1/categories", admin, Map.of("name", "Bench")).build(), 201)
                .path("id").asLong();
        this.template = publishedTemplate(issuer, key);
    }

    /** Makes the issuer, its key and its template in the store behind the API. */
    static BenchIssuer create(JsonApi api, String admin) {
        return new BenchIssuer(api, admin);
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
        long other = api.data(api.post("/v1/issuers", admin, Map.of("slug", slug, "name", slug)).build(), 201)
                .path("id").asLong();
        return new long[] {other, publishedTemplate(other, admin)};
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

    /** The API. */
    JsonApi api() {
        return api;
    }

    private long publishedTemplate(long owner, String token) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", "Speed Reader");
        content.put("categories", List.of(category));
        content.put("repeatable", true);
        content.put("submit_for_review", true);
        long id = api.data(api.post("/v1/issuers/" + owner + "/templates", token, content).build(), 201)
                .path("id").asLong();
        api.data(api.post("/v1/templates/" + id + "/approval", admin, null).build(), 200);
        return id;
    }
}
