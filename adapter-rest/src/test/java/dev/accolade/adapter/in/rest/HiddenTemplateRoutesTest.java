package dev.accolade.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hidden templates over HTTP: a member who does not hold one sees only its id, its issuer and that it is hidden,
 * in the template, the issuer's list and progress; once awarded it, the member sees it whole; its issuer always
 * does.
 */
class HiddenTemplateRoutesTest {

    private static final String ADA = "email:ada@example.org";

    private final GrantFixture fixture = new GrantFixture();
    private final TestServer server = fixture.server;
    private final Issuer forum = fixture.issuer("forum");
    private Member ada;
    private long secret;

    @BeforeEach
    void aHiddenTemplate() {
        ada = fixture.member("ada@example.org");
        Reply created = server.post("/v1/issuers/" + forum.id() + "/templates", forum.key(), "{\"title\":\"Secret\","
                + "\"description\":\"A hidden cave\",\"criteria\":\"Find it\",\"hidden\":true,"
                + "\"submit_for_review\":true,\"rule\":{\"kind\":\"threshold\",\"metric\":\"caves\",\"at_least\":3}}");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        secret = created.json().at("/data/id").asLong();
        assertThat(server.post("/v1/templates/" + secret + "/approval", TestServer.ADMIN_TOKEN, null).status())
                .isEqualTo(200);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private JsonNode template(String token) {
        Reply reply = server.get("/v1/templates/" + secret, token);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().path("data");
    }

    private JsonNode listed(String token) {
        Reply reply = server.get("/v1/templates?issuer_id=" + forum.id(), token);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.json().at("/data/0");
    }

    private JsonNode progress(String token) {
        Reply reply = server.get("/v1/progress?issuer=" + forum.id() + "&subject=" + ADA, token);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.json().at("/data/0");
    }

    private String hidden() {
        return "{\"id\":" + secret + ",\"issuer_id\":" + forum.id() + ",\"hidden\":true}";
    }

    @Test
    void a_member_who_does_not_hold_it_and_an_anonymous_reader_see_it_hidden() {
        assertThat(template(ada.token()).toString()).isEqualTo(hidden());
        assertThat(template(null).toString()).isEqualTo(hidden());
        assertThat(listed(ada.token()).toString()).isEqualTo(hidden());
        assertThat(progress(ada.token()).toString()).isEqualTo("{\"template_id\":" + secret
                + ",\"hidden\":true,\"held\":false}");
    }

    @Test
    void the_issuer_and_the_operator_always_see_it_whole() {
        JsonNode whole = template(forum.key());

        assertThat(whole.path("title").asText()).isEqualTo("Secret");
        assertThat(whole.path("criteria").asText()).isEqualTo("Find it");
        assertThat(whole.path("hidden").asBoolean()).isTrue();
        assertThat(template(TestServer.ADMIN_TOKEN).path("title").asText()).isEqualTo("Secret");
        assertThat(listed(forum.key()).path("title").asText()).isEqualTo("Secret");
        assertThat(progress(forum.key()).path("title").asText()).isEqualTo("Secret");
        assertThat(progress(forum.key()).path("target").asLong()).isEqualTo(3);
    }

    @Test
    void after_an_award_the_member_sees_it_whole_and_its_progress_too() {
        assertThat(fixture.award(secret, forum.key(), "{\"email\":\"ada@example.org\"}").status()).isEqualTo(201);

        JsonNode whole = template(ada.token());
        assertThat(whole.path("title").asText()).isEqualTo("Secret");
        assertThat(whole.path("description").asText()).isEqualTo("A hidden cave");
        assertThat(listed(ada.token()).path("title").asText()).isEqualTo("Secret");
        JsonNode entry = progress(ada.token());
        assertThat(entry.path("title").asText()).isEqualTo("Secret");
        assertThat(entry.path("held").asBoolean()).isTrue();
        Member bob = fixture.member("bob@example.org");
        assertThat(template(bob.token()).toString()).isEqualTo(hidden());
    }

    @Test
    void an_award_of_it_and_a_public_summary_leave_its_title_out_for_others() {
        assertThat(fixture.award(secret, forum.key(), "{\"namespace\":\"minecraft\",\"handle\":\"steve\"}")
                .status()).isEqualTo(201);
        String summary = "/v1/issuers/" + forum.id() + "/recipients?identity=handle:minecraft/steve";
        String achievements = "/v1/achievements?recipient=handle:minecraft/steve";

        JsonNode publicTally = server.get(summary, null).json().at("/data/templates/0");
        JsonNode ownTally = server.get(summary, forum.key()).json().at("/data/templates/0");
        Reply seenByAda = server.get(achievements, ada.token());
        JsonNode issuersView = server.get(achievements, forum.key()).json().at("/data/0/template");

        assertThat(publicTally.path("template_id").asLong()).isEqualTo(secret);
        assertThat(publicTally.path("title").isNull()).isTrue();
        assertThat(publicTally.path("hidden").asBoolean()).isTrue();
        assertThat(ownTally.path("title").asText()).isEqualTo("Secret");
        assertThat(ownTally.path("hidden").asBoolean()).isFalse();
        assertThat(seenByAda.status()).as(seenByAda.raw().body()).isEqualTo(200);
        assertThat(seenByAda.json().at("/data/0/template/title").isNull()).isTrue();
        assertThat(seenByAda.json().at("/data/0/template/hidden").asBoolean()).isTrue();
        assertThat(seenByAda.raw().body()).doesNotContain("Secret");
        assertThat(issuersView.path("title").asText()).isEqualTo("Secret");
        assertThat(issuersView.path("hidden").asBoolean()).isFalse();
    }

    @Test
    void a_template_that_is_not_hidden_says_so() {
        long open = fixture.template(forum, "Open", false, false);

        JsonNode seen = server.get("/v1/templates/" + open, ada.token()).json().path("data");

        assertThat(seen.path("title").asText()).isEqualTo("Open");
        assertThat(seen.path("hidden").isBoolean()).isTrue();
        assertThat(seen.path("hidden").asBoolean()).isFalse();
    }
}
