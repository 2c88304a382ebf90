package dev.accolade.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Awarding templates, reading, viewing and revoking awards, achievements and recipient summaries. */
class AwardRoutesTest {

    private static final String ADA = "{\"email\":\"ada@example.org\"}";

    private GrantFixture fixture;
    private TestServer server;
    private Issuer acme;
    private long badge;

    @BeforeEach
    void start() {
        fixture = new GrantFixture();
        server = fixture.server;
        acme = fixture.issuer("acme");
        badge = fixture.template(acme, "First Steps", true, false);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void an_achievement_list_shows_the_recipients_address_only_to_who_may_see_it() {
        GrantFixture.Member ada = fixture.member("ada@example.org");
        GrantFixture.Member bob = fixture.member("bob@example.org");
        fixture.award(badge, acme.key(), ADA);
        String byMember = "/v1/achievements?member=" + ada.id();

        assertThat(server.get(byMember, acme.key()).json().at("/data/0/recipient/key").asText())
                .as("the awarding issuer").isEqualTo("email:ada@example.org");
        assertThat(server.get("/v1/achievements", ada.token()).json().at("/data/0/recipient/email").asText())
                .as("the holder").isEqualTo("ada@example.org");
        assertThat(server.get("/v1/achievements?recipient=email:ada@example.org", null).json()
                .at("/data/0/recipient/email").asText()).as("who named the address").isEqualTo("ada@example.org");
        JsonNode hidden = server.get(byMember, bob.token()).json().at("/data/0/recipient");
        assertThat(hidden.path("key").asText()).as("another member").isEqualTo("email");
        assertThat(hidden.path("email").isNull()).isTrue();
        assertThat(server.get(byMember, null).json().at("/data/0/recipient/email").isNull()).as("anyone").isTrue();
    }

    @Test
    void a_direct_award_answers_201_with_the_award_found_at_its_location() {
        Reply created = server.post("/v1/templates/" + badge + "/awards", acme.key(),
                "{\"recipient\":" + ADA
                        + ",\"evidence\":{\"narrative\":\"Did it\",\"links\":[\"https://example.org/x\"]},"
                        + "\"expires_at\":\"2099-01-01T00:00:00Z\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode award = created.json().path("data");
        String location = created.raw().headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/v1/awards/" + award.path("id").asLong());
        assertThat(award.at("/template/id").asLong()).isEqualTo(badge);
        assertThat(award.at("/template/title").asText()).isEqualTo("First Steps");
        assertThat(award.at("/recipient/key").asText()).isEqualTo("email:ada@example.org");
        assertThat(award.at("/evidence/links/0").asText()).isEqualTo("https://example.org/x");
        assertThat(award.path("expires_at").asText()).isEqualTo("2099-01-01T00:00:00Z");
        assertThat(award.path("source").asText()).isEqualTo("direct");
        assertThat(award.path("active").asBoolean()).isTrue();

        Reply read = server.get(location, acme.key());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("data")).isEqualTo(award);
    }

    @Test
    void a_template_that_needs_acceptance_answers_202_with_the_offer() {
        long offered = fixture.template(acme, "Opt In", false, true);

        Reply reply = fixture.award(offered, acme.key(), ADA);

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.raw().headers().firstValue("Location"))
                .contains("/v1/offers/" + reply.json().at("/data/id").asLong());
        assertThat(reply.json().at("/data/status").asText()).isEqualTo("pending");
        assertThat(reply.json().at("/data/template_id").asLong()).isEqualTo(offered);
    }

    @Test
    void a_non_repeatable_template_already_held_answers_200_with_the_existing_award() {
        long once = fixture.template(acme, "Once", false, false);
        Reply first = fixture.award(once, acme.key(), ADA);

        Reply again = fixture.award(once, acme.key(), ADA);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/data/id").asLong()).isEqualTo(first.json().at("/data/id").asLong());
        assertThat(awardedBy(acme).size()).isEqualTo(1);
    }

    @Test
    void a_recipient_name_is_kept_with_the_award_and_absent_reads_null() {
        Reply named = server.post("/v1/templates/" + badge + "/awards", acme.key(), "{\"recipient\":" + ADA
                + ",\"recipient_name\":{\"first\":\" Ada \",\"last\":\"Lövelace\"}}");
        Reply unnamed = fixture.award(badge, acme.key(), "{\"email\":\"bob@example.org\"}");

        assertThat(named.status()).isEqualTo(201);
        JsonNode read = server.get("/v1/awards/" + named.json().at("/data/id").asLong(), acme.key()).json();
        assertThat(read.at("/data/recipient_name/first").asText()).isEqualTo("Ada");
        assertThat(read.at("/data/recipient_name/last").asText()).isEqualTo("Lövelace");
        assertThat(unnamed.json().path("data").has("recipient_name")).isTrue();
        assertThat(unnamed.json().at("/data/recipient_name").isNull()).isTrue();
    }

    @Test
    void a_recipient_name_too_long_or_with_one_part_is_a_validation_error_and_awards_nothing() {
        Reply tooLong = server.post("/v1/templates/" + badge + "/awards", acme.key(), "{\"recipient\":" + ADA
                + ",\"recipient_name\":{\"first\":\"Ada\",\"last\":\"" + "x".repeat(51) + "\"}}");
        Reply onePart = server.post("/v1/templates/" + badge + "/awards", acme.key(), "{\"recipient\":" + ADA
                + ",\"recipient_name\":{\"first\":\"Ada\"}}");

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/errors/0/attribute").asText()).isEqualTo("last_name");
        assertThat(tooLong.json().path("code").asText()).isEqualTo("last_name_too_long");
        assertThat(onePart.status()).isEqualTo(422);
        assertThat(onePart.json().path("code").asText()).isEqualTo("last_name_required");
        assertThat(awardedBy(acme).size()).isZero();
    }

    @Test
    void the_same_idempotency_key_with_another_recipient_name_is_a_conflict() {
        String named = "{\"recipient\":" + ADA + ",\"recipient_name\":{\"first\":\"Ada\",\"last\":\"Lovelace\"}}";

        Reply first = awardWithKey(named, "named-1");
        Reply again = awardWithKey(named, "named-1");
        Reply renamed = awardWithKey(named.replace("Lovelace", "Byron"), "named-1");
        Reply unnamed = awardWithKey("{\"recipient\":" + ADA + "}", "named-1");

        assertThat(again.json().path("data")).isEqualTo(first.json().path("data"));
        assertThat(List.of(renamed.status(), unnamed.status())).containsOnly(409);
        assertThat(renamed.json().path("code").asText()).isEqualTo("idempotency_key_reused");
        assertThat(awardedBy(acme).size()).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_and_body_give_the_first_award_again_and_make_one() {
        String body = "{\"recipient\":" + ADA + "}";

        Reply first = awardWithKey(body, "retry-1");
        Reply second = awardWithKey(body, "retry-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("data")).isEqualTo(first.json().path("data"));
        assertThat(awardedBy(acme).size()).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_a_conflict_and_changes_nothing() {
        awardWithKey("{\"recipient\":" + ADA + "}", "retry-1");

        Reply other = awardWithKey("{\"recipient\":{\"email\":\"bob@example.org\"}}", "retry-1");

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().path("code").asText()).isEqualTo("idempotency_key_reused");
        assertThat(awardedBy(acme).size()).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_and_body_give_the_first_offer_again_and_make_nothing_new() {
        long optIn = fixture.template(acme, "Opt In", false, true);
        String body = "{\"recipient\":" + ADA + ",\"callback_url\":\"https://acme.example/hook\"}";

        Reply first = awardWithKey(optIn, body, "offer-1");
        Reply second = awardWithKey(optIn, body, "offer-1");
        Reply otherBody = awardWithKey(optIn, "{\"recipient\":{\"email\":\"bob@example.org\"}}", "offer-1");

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        assertThat(second.json().path("data")).isEqualTo(first.json().path("data"));
        assertThat(second.raw().headers().firstValue("Location")).contains("/v1/offers/" + first.json().at("/data/id"));
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(otherBody.json().path("code").asText()).isEqualTo("idempotency_key_reused");
        assertThat(offersOf(acme)).containsExactly(first.json().at("/data/id").asLong());
        assertThat(awardedBy(acme).size()).isZero();
    }

    @Test
    void a_malformed_idempotency_key_is_a_validation_error() {
        Reply reply = awardWithKey("{\"recipient\":" + ADA + "}", "x".repeat(256));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/attribute").asText()).isEqualTo("idempotency_key");
        assertThat(awardedBy(acme).size()).isZero();
    }

    @Test
    void another_issuers_key_cannot_award_read_view_or_revoke_and_nothing_changes() {
        Issuer other = fixture.issuer("other");
        long awardId = fixture.award(badge, acme.key(), ADA).json().at("/data/id").asLong();
        String before = fixture.asOperator("/v1/awards/" + awardId);

        Reply award = fixture.award(badge, other.key(), ADA);
        Reply read = server.get("/v1/awards/" + awardId, other.key());
        Reply viewed = server.post("/v1/awards/" + awardId + "/viewing", other.key(), "");
        Reply revoked = server.post("/v1/awards/" + awardId + "/revocation", other.key(), "{\"reason\":\"mine now\"}");
        Reply recipients = server.get("/v1/issuers/" + acme.id() + "/recipients?identity=email:ada@example.org",
                other.key());

        assertThat(List.of(award.status(), read.status(), viewed.status(), revoked.status(), recipients.status()))
                .containsOnly(404);
        assertThat(fixture.asOperator("/v1/awards/" + awardId)).isEqualTo(before);
        assertThat(awardedBy(acme).size()).isEqualTo(1);
        assertThat(awardedBy(other).size()).isZero();
    }

    @Test
    void the_issuer_revokes_an_award_with_a_reason_once() {
        long awardId = fixture.award(badge, acme.key(), ADA).json().at("/data/id").asLong();

        Reply revoked = server.post("/v1/awards/" + awardId + "/revocation", acme.key(), "{\"reason\":\"cheated\"}");
        Reply again = server.post("/v1/awards/" + awardId + "/revocation", acme.key(), "{\"reason\":\"cheated\"}");

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().at("/data/active").asBoolean()).isFalse();
        assertThat(revoked.json().at("/data/revocation_reason").asText()).isEqualTo("cheated");
        assertThat(revoked.json().at("/data/revoked_at").asText()).isNotBlank();
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void the_holder_marks_an_award_viewed_and_another_member_cannot() {
        Member ada = fixture.member("ada@example.org");
        Member bob = fixture.member("bob@example.org");
        long awardId = fixture.award(badge, acme.key(), ada.recipient()).json().at("/data/id").asLong();

        Reply byBob = server.post("/v1/awards/" + awardId + "/viewing", bob.token(), "");
        Reply readByBob = server.get("/v1/awards/" + awardId, bob.token());
        String afterBob = fixture.asOperator("/v1/awards/" + awardId);
        Reply byAda = server.post("/v1/awards/" + awardId + "/viewing", ada.token(), "");

        assertThat(byBob.status()).isEqualTo(404);
        assertThat(readByBob.status()).isEqualTo(404);
        assertThat(afterBob).contains("\"viewed_at\":null");
        assertThat(byAda.status()).isEqualTo(200);
        assertThat(byAda.json().at("/data/viewed_at").asText()).isNotBlank();
        assertThat(byAda.json().at("/data/holder_member_id").asLong()).isEqualTo(ada.id());
    }

    @Test
    void an_award_with_bad_input_is_refused_and_makes_nothing() {
        Reply badEmail = fixture.award(badge, acme.key(), "{\"email\":\"not an address\"}");
        Reply twoWays = fixture.award(badge, acme.key(), "{\"email\":\"ada@example.org\",\"member_id\":3}");
        Reply badExpiry = server.post("/v1/templates/" + badge + "/awards", acme.key(),
                "{\"recipient\":" + ADA + ",\"expires_at\":\"next tuesday\"}");
        Reply pastExpiry = server.post("/v1/templates/" + badge + "/awards", acme.key(),
                "{\"recipient\":" + ADA + ",\"expires_at\":\"2001-01-01T00:00:00Z\"}");
        Reply badLink = server.post("/v1/templates/" + badge + "/awards", acme.key(),
                "{\"recipient\":" + ADA + ",\"evidence\":{\"links\":[\"ftp://example.org\"]}}");
        Reply noRecipient = server.post("/v1/templates/" + badge + "/awards", acme.key(), "{}");
        Reply unknown = server.post("/v1/templates/" + badge + "/awards", acme.key(),
                "{\"recipient\":" + ADA + ",\"badge\":1}");
        Reply unknownInRecipient = fixture.award(badge, acme.key(), "{\"mail\":\"ada@example.org\"}");

        assertThat(List.of(badEmail, twoWays, badExpiry, pastExpiry, badLink)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.json().path("errors").size()).isPositive();
        });
        assertThat(badEmail.json().at("/errors/0/attribute").asText()).isEqualTo("email");
        assertThat(twoWays.json().at("/errors/0/attribute").asText()).isEqualTo("recipient");
        assertThat(badExpiry.json().at("/errors/0/attribute").asText()).isEqualTo("expires_at");
        assertThat(pastExpiry.json().at("/errors/0/attribute").asText()).isEqualTo("expires_at");
        assertThat(noRecipient.status()).isEqualTo(400);
        assertThat(noRecipient.message()).isEqualTo("Missing required parameter: recipient");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("code").asText()).isEqualTo("attribute_unknown");
        assertThat(unknownInRecipient.status()).isEqualTo(400);
        assertThat(awardedBy(acme).size()).isZero();
    }

    @Test
    void a_revocation_with_bad_input_is_refused_and_the_award_stands() {
        long awardId = fixture.award(badge, acme.key(), ADA).json().at("/data/id").asLong();

        Reply blank = server.post("/v1/awards/" + awardId + "/revocation", acme.key(), "{\"reason\":\" \"}");
        Reply tooLong = server.post("/v1/awards/" + awardId + "/revocation", acme.key(),
                "{\"reason\":\"" + "x".repeat(501) + "\"}");
        Reply unknown = server.post("/v1/awards/" + awardId + "/revocation", acme.key(),
                "{\"reason\":\"r\",\"why\":\"r\"}");
        Reply badId = server.post("/v1/awards/abc/revocation", acme.key(), "{\"reason\":\"r\"}");

        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().at("/errors/0/attribute").asText()).isEqualTo("reason");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(server.get("/v1/awards/" + awardId, acme.key()).json().at("/data/active").asBoolean()).isTrue();
    }

    @Test
    void marking_an_unknown_or_malformed_award_viewed_is_refused() {
        Member ada = fixture.member("ada@example.org");

        assertThat(server.post("/v1/awards/0/viewing", ada.token(), "").status()).isEqualTo(400);
        assertThat(server.post("/v1/awards/999/viewing", ada.token(), "").status()).isEqualTo(404);
    }

    @Test
    void achievements_page_without_repeats_or_gaps_while_new_awards_arrive() {
        Set<Long> before = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            before.add(fixture.award(badge, acme.key(), ADA).json().at("/data/id").asLong());
        }
        List<Long> seen = new ArrayList<>();
        String path = "/v1/achievements?recipient=email:ada@example.org&page_size=2";
        Reply page = server.get(path, acme.key());
        page.json().path("data").forEach(item -> seen.add(item.path("id").asLong()));
        for (int i = 0; i < 3; i++) {
            fixture.award(badge, acme.key(), ADA);
        }
        int pages = 1;
        while (!page.json().at("/metadata/next_cursor").isNull()) {
            page = server.get(path + "&cursor=" + page.json().at("/metadata/next_cursor").asText(), acme.key());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().at("/metadata/page_size").asInt()).isEqualTo(2);
            page.json().path("data").forEach(item -> seen.add(item.path("id").asLong()));
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(before);
        assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void achievements_filter_by_role_time_and_sort() {
        Member ada = fixture.member("ada@example.org");
        long other = fixture.template(acme, "Second", true, false);
        long first = fixture.award(badge, acme.key(), ada.recipient()).json().at("/data/id").asLong();
        long second = fixture.award(other, acme.key(), ada.recipient()).json().at("/data/id").asLong();

        Reply own = server.get("/v1/achievements?sort=id&direction=asc", ada.token());
        Reply fresh = server.get("/v1/achievements?new_only=true", ada.token());
        Reply future = server.get("/v1/achievements?since=2999-01-01T00:00:00Z", ada.token());
        Reply byMember = server.get("/v1/achievements?member=" + ada.id(), acme.key());
        Reply given = server.get("/v1/achievements?role=awarded", acme.key());

        assertThat(ids(own)).containsExactly(first, second);
        assertThat(ids(fresh)).containsExactlyInAnyOrder(first, second);
        assertThat(ids(future)).isEmpty();
        assertThat(ids(byMember)).containsExactlyInAnyOrder(first, second);
        assertThat(ids(given)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void achievements_with_malformed_parameters_are_bad_requests() {
        for (String query : List.of("role=given", "since=yesterday", "before=2030-01-01", "new_only=maybe", "sort=size",
                "recipient=ada", "member=-1", "categories=1,x", "recipient=email:a@b.org&member=3")) {
            Reply reply = server.get("/v1/achievements?" + query, acme.key());
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().path("code").asText()).as(query).isEqualTo("parameter_invalid");
        }
    }

    @Test
    void the_issuer_summarises_what_its_recipients_hold() {
        fixture.award(badge, acme.key(), ADA);
        fixture.award(badge, acme.key(), ADA);
        fixture.award(badge, acme.key(), "{\"namespace\":\"minecraft\",\"handle\":\"steve\"}");

        Reply summary = server.get("/v1/issuers/" + acme.id()
                + "/recipients?identity=email:ada@example.org&identity=handle:minecraft/steve", acme.key());
        Reply publicWall = server.get("/v1/issuers/" + acme.id() + "/recipients?identity=handle:minecraft/steve",
                null);
        Reply privateAsked = server.get("/v1/issuers/" + acme.id() + "/recipients?identity=email:ada@example.org",
                null);

        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().at("/data/templates/0/template_id").asLong()).isEqualTo(badge);
        assertThat(summary.json().at("/data/templates/0/count").asLong()).isEqualTo(3);
        assertThat(summary.json().at("/data/recipients/0/recipient/email").asText()).isEqualTo("ada@example.org");
        assertThat(summary.json().at("/data/recipients/0/awards/0/count").asLong()).isEqualTo(2);
        assertThat(summary.json().at("/data/recipients/1/recipient/handle").asText()).isEqualTo("steve");
        assertThat(publicWall.status()).isEqualTo(200);
        assertThat(publicWall.json().at("/data/recipients/0/awards/0/count").asLong()).isEqualTo(1);
        assertThat(privateAsked.status()).isEqualTo(404);
    }

    private Reply awardWithKey(String body, String key) {
        return awardWithKey(badge, body, key);
    }

    private Reply awardWithKey(long template, String body, String key) {
        return server.send(server.request("/v1/templates/" + template + "/awards")
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("Idempotency-Key", key), TestServer.bearer(acme.key()));
    }

    private List<Long> offersOf(Issuer issuer) {
        return server.pageThrough("/v1/issuers/" + issuer.id() + "/offers?page_size=100", issuer.key()).ids();
    }

    private JsonNode awardedBy(Issuer issuer) {
        return server.get("/v1/achievements?role=awarded&page_size=100", issuer.key()).json().path("data");
    }

    private static List<Long> ids(Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        reply.json().path("data").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
