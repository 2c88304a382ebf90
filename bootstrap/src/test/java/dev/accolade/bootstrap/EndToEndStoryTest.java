package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.application.support.CallbackSignature;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole story of issue 4 over real HTTP, against the server bootstrap wires, on a memory and an H2 file store. */
class EndToEndStoryTest {

    private static final String ADMIN = "an-admin-token-for-the-story";
    private static final String PASSWORD = "correct horse battery";
    private static final String NEWCOMER = "newcomer@example.org";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private URI base;
    private String key;

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"memory", "h2"})
    void the_story_of_an_issuer_its_badges_and_their_recipients(String store, @TempDir Path directory)
            throws Exception {
        String database = store.equals("memory") ? "memory" : "jdbc:h2:file:" + directory.resolve("accolade");
        try (WebhookReceiver receiver = new WebhookReceiver(); Server server = start(database)) {
            base = URI.create("http://127.0.0.1:" + server.port());

            long issuer = createIssuer("topchefs", "Top Chefs");
            key = createApiKey(issuer);
            String secret = registerWebhook(issuer, receiver.url());
            long pastry = createCategories();
            long chef = publishTemplate(issuer, "Pastry Chef", pastry, false);

            long welcome = awardToAnUnregisteredEmail(chef);
            Member newcomer = registerConfirmAndSignIn(NEWCOMER, "Newcomer");
            assertThat(achievementIds(newcomer)).containsExactly(welcome);
            assertThat(get("/v1/awards/" + welcome, newcomer.token()).data().path("holder_member_id").asLong())
                    .isEqualTo(newcomer.id());

            Member bob = registerConfirmAndSignIn("bob@example.org", "Bob");
            long judge = publishTemplate(issuer, "Guest Judge", pastry, true);
            long accepted = offerAccepted(judge, newcomer);
            offerRejected(judge, bob);
            assertThat(achievementIds(newcomer)).containsExactlyInAnyOrder(welcome, accepted);
            assertThat(achievementIds(bob)).isEmpty();

            long granted = requestAccepted(chef, bob);
            assertThat(achievementIds(bob)).containsExactly(granted);

            pageWhileAwardsArrive(chef);
            anEventTellsProgress(issuer);

            revoke(accepted);
            assertThat(achievementIds(newcomer)).containsExactly(welcome);

            everyEventReachedTheWebhookSigned(receiver, secret);
        }
    }

    private Server start(String database) {
        Configuration configuration = Configuration.resolve(
                new Flags(0, "127.0.0.1", database, null, null, null, "127.0.0.1/32"),
                Map.of("ACCOLADE_ADMIN_TOKEN", ADMIN), new Properties());
        StringWriter ignored = new StringWriter();
        return Server.start(configuration,
                new CliOutput(new PrintWriter(ignored, true), new PrintWriter(ignored, true)));
    }

    /** The issuer registers a webhook endpoint on an allow-listed local receiver for every event. */
    private String registerWebhook(long issuer, String url) {
        Reply created = post("/v1/issuers/" + issuer + "/webhooks", key, Map.of("url", url, "events",
                List.of("award.granted", "award.revoked", "offer.accepted", "offer.rejected", "request.answered",
                        "template.published", "progress.updated")));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/v1/issuers/" + issuer + "/webhooks/" + created.data().path("id"));
        return created.data().path("secret").asText();
    }

    /** The server's delivery thread POSTed each kind of event, each signed with the endpoint's secret. */
    private static void everyEventReachedTheWebhookSigned(WebhookReceiver receiver, String secret)
            throws InterruptedException {
        List<String> expected = List.of("template.published", "award.granted", "offer.accepted", "offer.rejected",
                "request.answered", "award.revoked", "progress.updated");
        List<WebhookReceiver.Post> posts = receiver.awaitEvents(expected, Duration.ofSeconds(30));

        assertThat(posts).extracting(WebhookReceiver.Post::event).containsAll(expected);
        assertThat(posts).allSatisfy(post -> assertThat(post.signature()).isEqualTo(
                CallbackSignature.v1(secret, post.timestamp(), post.body())));
        assertThat(posts).extracting(WebhookReceiver.Post::delivery).doesNotHaveDuplicates();
        assertThat(posts).filteredOn(post -> post.event().equals("progress.updated")).singleElement()
                .satisfies(post -> assertThat(post.body()).contains("\"subject\":\"email:taster@example.org\"",
                        "\"current\":1,\"target\":10,\"percentage\":10"));
    }

    /** A rule template goes live and one event on its metric moves a subject's progress (issue 17). */
    private void anEventTellsProgress(long issuer) {
        Reply draft = post("/v1/issuers/" + issuer + "/templates", key, Map.of("title", "Taster", "rule",
                Map.of("kind", "threshold", "metric", "tastings", "at_least", 10), "submit_for_review", true));
        assertThat(draft.status()).as(draft.json().toString()).isEqualTo(201);
        long id = draft.data().path("id").asLong();
        assertThat(post("/v1/templates/" + id + "/approval", ADMIN, null).status()).isEqualTo(200);
        Reply recorded = post("/v1/issuers/" + issuer + "/events", key, Map.of("events", List.of(Map.of("id",
                "tasting-1", "subject", "email:taster@example.org", "metric", "tastings"))));
        assertThat(recorded.status()).as(recorded.json().toString()).isBetween(200, 201);
    }

    /** The operator creates an issuer. */
    private long createIssuer(String slug, String name) {
        Reply created = post("/v1/issuers", ADMIN, Map.of("slug", slug, "name", name));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.data().path("slug").asText()).isEqualTo(slug);
        assertThat(created.data().path("name").asText()).isEqualTo(name);
        long id = created.data().path("id").asLong();
        assertThat(created.location()).isEqualTo("/v1/issuers/" + id);
        assertThat(get("/v1/issuers/" + id, null).data().path("slug").asText()).isEqualTo(slug);
        return id;
    }

    /** The operator gives the issuer an API key, whose secret is shown this once. */
    private String createApiKey(long issuer) {
        Reply created = post("/v1/issuers/" + issuer + "/api_keys", ADMIN, Map.of("label", "kitchen"));

        assertThat(created.status()).isEqualTo(201);
        String secret = created.data().path("secret").asText();
        assertThat(secret).startsWith(created.data().path("prefix").asText()).hasSizeGreaterThan(16);
        Reply listed = get("/v1/issuers/" + issuer + "/api_keys", secret);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.data()).hasSize(1);
        assertThat(listed.data().get(0).has("secret")).isFalse();
        return secret;
    }

    /** The operator keeps the category tree (an issuer may not); returns a child category. */
    private long createCategories() {
        Reply refused = post("/v1/categories", key, Map.of("name", "Cooking"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("code").asText()).isEqualTo("operator_required");

        Reply root = post("/v1/categories", ADMIN, Map.of("name", "Cooking"));
        long cooking = root.data().path("id").asLong();
        Reply child = post("/v1/categories", ADMIN, Map.of("name", "Pastry", "parent_id", cooking));

        assertThat(root.status()).isEqualTo(201);
        assertThat(root.data().path("parent_id").isNull()).isTrue();
        assertThat(child.status()).isEqualTo(201);
        assertThat(child.data().path("parent_id").asLong()).isEqualTo(cooking);
        long pastry = child.data().path("id").asLong();
        Reply children = get("/v1/categories/" + cooking + "/hierarchy?relation=children", null);
        assertThat(children.data().findValuesAsText("name")).containsExactly("Pastry");
        return pastry;
    }

    /** The issuer writes a draft in the category and submits it; the operator approves it. */
    private long publishTemplate(long issuer, String title, long category, boolean acceptanceRequired) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", title);
        content.put("categories", List.of(category));
        content.put("repeatable", true);
        content.put("acceptance_required", acceptanceRequired);
        Reply draft = post("/v1/issuers/" + issuer + "/templates", key, content);
        assertThat(draft.status()).isEqualTo(201);
        assertThat(draft.data().path("status").asText()).isEqualTo("draft");
        assertThat(draft.data().path("published_version").isNull()).isTrue();
        long id = draft.data().path("id").asLong();
        assertThat(draft.location()).isEqualTo("/v1/templates/" + id);
        assertThat(get("/v1/templates/" + id, null).status()).isEqualTo(404);

        Reply submitted = post("/v1/templates/" + id + "/submission", key, null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.data().path("status").asText()).isEqualTo("pending_review");
        assertThat(post("/v1/templates/" + id + "/approval", key, null).status()).isEqualTo(404);

        Reply approved = post("/v1/templates/" + id + "/approval", ADMIN, null);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.data().path("status").asText()).isEqualTo("published");

        Reply seen = get("/v1/templates/" + id, null);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.data().path("title").asText()).isEqualTo(title);
        assertThat(seen.data().path("issuer_id").asLong()).isEqualTo(issuer);
        assertThat(seen.data().path("categories").get(0).asLong()).isEqualTo(category);
        assertThat(seen.data().path("acceptance_required").asBoolean()).isEqualTo(acceptanceRequired);
        return id;
    }

    /** The issuer awards an email nobody has registered; a retry with the same idempotency key makes nothing new. */
    private long awardToAnUnregisteredEmail(long template) {
        Reply awarded = award(template, Map.of("email", NEWCOMER), "welcome-1");
        Reply retried = award(template, Map.of("email", NEWCOMER), "welcome-1");

        assertThat(awarded.status()).isEqualTo(201);
        long id = awarded.data().path("id").asLong();
        assertThat(awarded.location()).isEqualTo("/v1/awards/" + id);
        assertThat(awarded.data().at("/recipient/key").asText()).isEqualTo("email:" + NEWCOMER);
        assertThat(awarded.data().at("/template/id").asLong()).isEqualTo(template);
        assertThat(awarded.data().path("source").asText()).isEqualTo("direct");
        assertThat(awarded.data().path("holder_member_id").isNull()).isTrue();
        assertThat(awarded.data().path("active").asBoolean()).isTrue();
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.data().path("id").asLong()).isEqualTo(id);
        return id;
    }

    /**
     * Someone registers; the operator issues the confirmation token (which it would mail to the
     * address); the person confirms with it and signs in.
     */
    private Member registerConfirmAndSignIn(String email, String name) {
        Reply registered = post("/v1/members", null, Map.of("email", email, "password", PASSWORD, "name", name));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.data().at("/member/confirmed").asBoolean()).isFalse();
        assertThat(registered.data().path("confirmation_token").isNull()).isTrue();
        long id = registered.data().at("/member/id").asLong();
        String token = post("/v1/members/" + id + "/confirmation_token", ADMIN, null).data()
                .path("confirmation_token").asText();
        assertThat(token).isNotBlank();
        assertThat(post("/v1/sessions", null, Map.of("email", email, "password", PASSWORD)).json().path("code")
                .asText()).isEqualTo("member_not_confirmed");

        Reply confirmed = post("/v1/members/confirmations", null, Map.of("token", token));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.data().path("confirmed").asBoolean()).isTrue();

        Reply session = post("/v1/sessions", null, Map.of("email", email, "password", PASSWORD));
        assertThat(session.status()).isEqualTo(200);
        Member member = new Member(session.data().at("/member/id").asLong(), session.data().path("token").asText());
        assertThat(get("/v1/members/me", member.token()).data().path("email").asText()).isEqualTo(email);
        return member;
    }

    /** A template that needs acceptance makes an offer; the member accepts it and holds the award. */
    private long offerAccepted(long template, Member member) {
        long offer = offer(template, member);

        Reply accepted = post("/v1/offers/" + offer + "/acceptance", member.token(), null);

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.data().path("source").asText()).isEqualTo("offer");
        assertThat(accepted.data().path("offer_id").asLong()).isEqualTo(offer);
        assertThat(accepted.data().path("holder_member_id").asLong()).isEqualTo(member.id());
        assertThat(get("/v1/offers/" + offer, key).data().path("status").asText()).isEqualTo("accepted");
        return accepted.data().path("id").asLong();
    }

    /** Another offer is rejected and awards nothing. */
    private void offerRejected(long template, Member member) {
        long offer = offer(template, member);

        Reply rejected = post("/v1/offers/" + offer + "/rejection", member.token(), null);

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.data().path("status").asText()).isEqualTo("rejected");
        assertThat(post("/v1/offers/" + offer + "/acceptance", member.token(), null).status()).isEqualTo(409);
    }

    private long offer(long template, Member member) {
        Reply pending = award(template, Map.of("member_id", member.id()), null);
        assertThat(pending.status()).isEqualTo(202);
        assertThat(pending.data().path("status").asText()).isEqualTo("pending");
        long offer = pending.data().path("id").asLong();
        assertThat(pending.location()).isEqualTo("/v1/offers/" + offer);
        assertThat(get("/v1/offers?status=pending", member.token()).data().findValuesAsText("id"))
                .containsExactly(String.valueOf(offer));
        return offer;
    }

    /** A member applies for a template and the issuer accepts the request. */
    private long requestAccepted(long template, Member applicant) {
        Reply applied = post("/v1/templates/" + template + "/requests", applicant.token(),
                Map.of("message", "I baked the croissants"));
        assertThat(applied.status()).isEqualTo(201);
        assertThat(applied.data().path("status").asText()).isEqualTo("pending");
        assertThat(applied.data().path("applicant_member_id").asLong()).isEqualTo(applicant.id());
        long request = applied.data().path("id").asLong();
        assertThat(applied.location()).isEqualTo("/v1/requests/" + request);

        Reply accepted = post("/v1/requests/" + request + "/acceptance", key, null);

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.data().path("source").asText()).isEqualTo("request");
        assertThat(accepted.data().path("request_id").asLong()).isEqualTo(request);
        assertThat(accepted.data().path("holder_member_id").asLong()).isEqualTo(applicant.id());
        assertThat(get("/v1/requests/" + request, applicant.token()).data().path("status").asText())
                .isEqualTo("accepted");
        return accepted.data().path("id").asLong();
    }

    /** A list of seven awards read two at a time while three more arrive: each of the seven once, newest first. */
    private void pageWhileAwardsArrive(long template) {
        Map<String, Object> recipient = Map.of("email", "regular@example.org");
        List<Long> before = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(0, award(template, recipient, null).data().path("id").asLong());
        }
        String path = "/v1/achievements?recipient=email:regular@example.org&page_size=2";

        List<Long> seen = new ArrayList<>();
        List<Long> arrived = new ArrayList<>();
        Reply page = get(path, key);
        int pages = 1;
        seen.addAll(ids(page));
        while (!page.json().at("/metadata/next_cursor").isNull()) {
            arrived.add(0, award(template, recipient, null).data().path("id").asLong());
            page = get(path + "&cursor=" + page.json().at("/metadata/next_cursor").asText(), key);
            assertThat(page.json().at("/metadata/page_size").asInt()).isEqualTo(2);
            seen.addAll(ids(page));
            pages++;
        }

        assertThat(pages).isEqualTo(4);
        assertThat(seen).containsExactlyElementsOf(before);
        List<Long> everything = new ArrayList<>(arrived);
        everything.addAll(before);
        assertThat(ids(get("/v1/achievements?recipient=email:regular@example.org&page_size=100", key)))
                .containsExactlyElementsOf(everything);
    }

    /** The issuer revokes an award; it stays readable, inactive, with its reason. */
    private void revoke(long award) {
        Reply revoked = post("/v1/awards/" + award + "/revocation", key, Map.of("reason", "Awarded by mistake"));

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.data().path("active").asBoolean()).isFalse();
        assertThat(revoked.data().path("revoked_at").isNull()).isFalse();
        assertThat(revoked.data().path("revocation_reason").asText()).isEqualTo("Awarded by mistake");
        assertThat(post("/v1/awards/" + award + "/revocation", key, Map.of("reason", "again")).status())
                .isEqualTo(409);
    }

    private Reply award(long template, Map<String, Object> recipient, String idempotencyKey) {
        HttpRequest.Builder request = request("/v1/templates/" + template + "/awards", key)
                .POST(body(Map.of("recipient", recipient)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    private List<Long> achievementIds(Member member) {
        return ids(get("/v1/achievements?page_size=100", member.token()));
    }

    private static List<Long> ids(Reply page) {
        assertThat(page.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        page.data().forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    private Reply post(String path, String token, Object json) {
        return send(request(path, token).POST(json == null ? HttpRequest.BodyPublishers.noBody() : body(json)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher body(Object json) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), json, response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: its status, its JSON body and its {@code Location} header, if any. */
    private record Reply(int status, JsonNode json, String location) {

        JsonNode data() {
            return json.path("data");
        }
    }

    /** A signed-in member: its id and session token. */
    private record Member(long id, String token) {
    }
}
