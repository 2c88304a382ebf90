package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;

import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A server holding one of every resource an id can address, for the sweeps over every route: Acme's
 * templates (published, one needing acceptance, one to request, a draft, one pending review) and its
 * API key, game server, webhook endpoint and its delivery of Ada's award; Ada's award, offer and
 * request; a category; and Other's key and Bob, owner of Bob's issuer,
 * who must not reach any of it.
 */
final class SweepWorld implements AutoCloseable {

    /** The address the sweeps try to register; nobody has it. */
    static final String NEW_MEMBER = "kid@example.org";
    /** The handle the sweeps try to claim; nobody holds it. */
    static final String HANDLE = "{\"namespace\":\"minecraft\",\"handle\":\"intruder\"}";

    final GrantFixture fixture = GrantFixture.withoutRateLimits();
    final TestServer server = fixture.server;
    final Issuer acme = fixture.issuer("acme");
    final Issuer other = fixture.issuer("other");
    final Member ada = fixture.member("ada@example.org");
    final Member bob = fixture.member("bob@example.org");
    final long bobsIssuer = created(server.post("/v1/issuers", bob.token(), "{\"slug\":\"bobs\",\"name\":\"Bob's\"}"));
    final long acmeKey = server.get("/v1/issuers/" + acme.id() + "/api_keys", ADMIN_TOKEN).json()
            .at("/data/0/id").asLong();
    final long badge = fixture.template(acme, "First Steps", false, false);
    final long optIn = fixture.template(acme, "Opt In", false, true);
    final long helper = fixture.template(acme, "Helper", false, false);
    final long draft = created(server.post(templatesOf(acme.id()), acme.key(), "{\"title\":\"Draft\"}"));
    final long pending = created(server.post(templatesOf(acme.id()), acme.key(),
            "{\"title\":\"Pending\",\"submit_for_review\":true}"));
    final String serverKey = server.post("/v1/issuers/" + acme.id() + "/servers", acme.key(),
            "{\"name\":\"Survival\",\"time_zone\":\"UTC\"}").json().at("/data/key").asText();
    final long webhook = created(server.post("/v1/issuers/" + acme.id() + "/webhooks", acme.key(),
            "{\"url\":\"https://receiver.example/hooks\",\"events\":[\"award.granted\"]}"));
    final long award = created(fixture.award(badge, acme.key(), ada.recipient()));
    final long delivery = server.get(webhookOf(acme.id(), webhook) + "/deliveries", acme.key()).json()
            .at("/data/0/id").asLong();
    final long offer = created(fixture.award(optIn, acme.key(), ada.recipient()));
    final long request = created(server.post("/v1/templates/" + helper + "/requests", ada.token(), "{}"));
    final long food = created(server.post("/v1/categories", ADMIN_TOKEN, "{\"name\":\"Food\"}"));
    final long baking = created(server.post("/v1/categories", ADMIN_TOKEN,
            "{\"name\":\"Baking\",\"parent_id\":" + food + "}"));

    /**
     * Everything the operator and Acme see, as one text to compare before and after: issuers and
     * their keys, every template with its figures, awards, offers, requests, categories, claims and
     * whether {@link #NEW_MEMBER} registered.
     */
    String snapshot() {
        List<String> asOperator = List.of("/v1/issuers?page_size=100", "/v1/issuers/" + acme.id() + "/api_keys",
                "/v1/issuers/" + other.id() + "/api_keys", "/v1/issuers/" + bobsIssuer + "/api_keys",
                "/v1/templates?page_size=100", "/v1/awards/" + award, "/v1/achievements?member=" + ada.id(),
                "/v1/issuers/" + acme.id() + "/offers", "/v1/issuers/" + acme.id() + "/requests",
                "/v1/categories", "/v1/categories/" + baking, "/v1/members?identity=handle:minecraft/intruder",
                "/v1/issuers/" + acme.id() + "/servers", "/v1/issuers/" + acme.id() + "/webhooks",
                webhookOf(acme.id(), webhook) + "/deliveries");
        String asAcme = server.get("/v1/achievements?role=awarded&page_size=100", acme.key()).raw().body();
        return asOperator.stream().map(path -> path + " " + fixture.asOperator(path))
                .collect(Collectors.joining("\n")) + "\nawarded by acme " + asAcme
                + "\nnew member registered " + fixture.registered(NEW_MEMBER);
    }

    static String webhookOf(long issuer, long webhook) {
        return "/v1/issuers/" + issuer + "/webhooks/" + webhook;
    }

    private static String templatesOf(long issuer) {
        return "/v1/issuers/" + issuer + "/templates";
    }

    private static long created(Reply reply) {
        if (reply.status() != 201 && reply.status() != 202) {
            throw new IllegalStateException("not created: " + reply.raw().body());
        }
        return reply.json().at("/data/id").asLong();
    }

    @Override
    public void close() {
        fixture.close();
    }
}
