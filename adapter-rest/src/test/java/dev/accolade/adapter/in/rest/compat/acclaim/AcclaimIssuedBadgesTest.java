package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Organization;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Reply;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.User;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issued badges: pending until the earner accepts or rejects them, revoked by the organization; the
 * names they are issued to ({@code issued_to_first_name}, {@code issued_to_last_name}) kept throughout.
 */
class AcclaimIssuedBadgesTest {

    private AcclaimWorld world;
    private Organization org;
    private String template;
    private User earner;

    @BeforeEach
    void start() {
        world = new AcclaimWorld();
        org = world.organization("fencing");
        template = world.activeTemplate(org, "Fencing Club Champion");
        earner = world.user("earner@example.org", "Ern Earner");
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private Reply issue(String email) {
        return world.json("POST", org.path() + "/badges", org.token(), "{\"badge_template_id\":\"" + template
                + "\",\"recipient_email\":\"" + email + "\",\"expires_at\":\"2099-01-01T00:00:00Z\"}");
    }

    @Test
    void an_issued_badge_is_pending_for_its_recipient_email() {
        Reply reply = issue("Earner@Example.org");

        JsonNode data = reply.json().path("data");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.location()).isEqualTo(world.url(org.path() + "/badges/" + data.path("id").asText()));
        assertThat(data.path("state").asText()).isEqualTo("pending");
        assertThat(data.path("recipient_email").asText()).isEqualTo("earner@example.org");
        assertThat(data.path("badge_template_id").asText()).isEqualTo(template);
        assertThat(data.path("expires_at").asText()).isEqualTo("2099-01-01T00:00:00Z");
        assertThat(data.path("accepted_at").isNull()).isTrue();
        assertThat(world.get(org.path() + "/badges/" + data.path("id").asText(), org.token()).json().path("data"))
                .isEqualTo(data);
    }

    @Test
    void the_earner_sees_and_accepts_a_pending_badge() {
        String id = issue(earner.email()).json().at("/data/id").asText();

        Reply mine = world.get("/v1/users/self/badges", earner.token());
        Reply accepted = world.json("PUT", "/v1/users/self/badges/" + id + "/accept", earner.token(), "{}");
        Reply asIssuer = world.get(org.path() + "/badges/" + id, org.token());
        Reply listed = world.get(org.path() + "/badges", org.token());

        assertThat(mine.json().path("data").findValuesAsText("id")).containsExactly(id);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().at("/data/state").asText()).isEqualTo("accepted");
        assertThat(accepted.json().at("/data/accepted_at").asText()).isNotBlank();
        assertThat(asIssuer.json().at("/data/state").asText()).isEqualTo("accepted");
        assertThat(listed.json().path("data")).hasSize(1);
        assertThat(listed.json().at("/data/0/state").asText()).isEqualTo("accepted");
        assertThat(listed.json().at("/data/0/recipient_email").asText()).isEqualTo(earner.email());
    }

    @Test
    void the_earner_rejects_a_pending_badge() {
        String id = issue(earner.email()).json().at("/data/id").asText();

        Reply rejected = world.json("PUT", "/v1/users/self/badges/" + id + "/reject", earner.token(), "{}");

        assertThat(rejected.json().at("/data/state").asText()).isEqualTo("rejected");
        assertThat(world.get(org.path() + "/badges", org.token()).json().at("/data/0/state").asText())
                .isEqualTo("rejected");
    }

    @Test
    void another_user_cannot_answer_someone_elses_badge() {
        String id = issue(earner.email()).json().at("/data/id").asText();
        User stranger = world.user("stranger@example.org", "Stranger");

        Reply reply = world.json("PUT", "/v1/users/self/badges/" + id + "/accept", stranger.token(), "{}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(world.get(org.path() + "/badges/" + id, org.token()).json().at("/data/state").asText())
                .isEqualTo("pending");
    }

    @Test
    void the_organization_revokes_an_accepted_badge_with_a_reason() {
        String offer = issue(earner.email()).json().at("/data/id").asText();
        world.json("PUT", "/v1/users/self/badges/" + offer + "/accept", earner.token(), "{}");
        String award = world.get(org.path() + "/badges", org.token()).json().at("/data/0/id").asText();

        Reply noReason = world.json("PUT", org.path() + "/badges/" + award + "/revoke", org.token(), "{}");
        Reply revoked = world.json("PUT", org.path() + "/badges/" + award + "/revoke", org.token(),
                "{\"reason\":\"Issued in error\"}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.message()).isEqualTo("Missing required parameter: reason");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().at("/data/state").asText()).isEqualTo("revoked");
        assertThat(revoked.json().at("/data/revocation_reason").asText()).isEqualTo("Issued in error");
        assertThat(world.get(org.path() + "/badges/" + award, org.token()).json().at("/data/state").asText())
                .isEqualTo("revoked");
    }

    @Test
    void revoking_a_pending_badge_withdraws_it() {
        String id = issue(earner.email()).json().at("/data/id").asText();

        Reply revoked = world.json("PUT", org.path() + "/badges/" + id + "/revoke.json", org.token(),
                "{\"reason\":\"Not yet\"}");

        assertThat(revoked.json().at("/data/state").asText()).isEqualTo("revoked");
        assertThat(world.get("/v1/users/self/badges", earner.token()).json().at("/data/0/state").asText())
                .isEqualTo("revoked");
    }

    @Test
    void a_draft_template_cannot_be_issued() {
        String draft = world.json("POST", org.path() + "/badge_templates", org.token(), "{\"name\":\"Draft\"}")
                .json().at("/data/id").asText();

        Reply reply = world.json("POST", org.path() + "/badges", org.token(),
                "{\"badge_template_id\":\"" + draft + "\",\"recipient_email\":\"x@example.org\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/data/message").asText()).startsWith("Validation failed: ");
    }

    private Reply issueAsForm(String first, String last) {
        return world.exchange(AcclaimWorld.multipart(world.request(org.path() + "/badges.json")
                .header("Authorization", AcclaimWorld.basic(org.token() + ":")), List.of(
                        new String[] {"badge_template_id", template},
                        new String[] {"recipient_email", earner.email()},
                        new String[] {"issued_to_first_name", first},
                        new String[] {"issued_to_last_name", last})));
    }

    private Reply issueAsJson(String names) {
        return world.json("POST", org.path() + "/badges", org.token(), "{\"badge_template_id\":\"" + template
                + "\",\"recipient_email\":\"" + earner.email() + "\"" + names + "}");
    }

    private static void assertNamed(JsonNode badge, String first, String last) {
        assertThat(badge.path("issued_to_first_name").asText()).isEqualTo(first);
        assertThat(badge.path("issued_to_last_name").asText()).isEqualTo(last);
    }

    @Test
    void names_posted_as_form_fields_are_read_back_while_pending_and_once_accepted() {
        Reply issued = issueAsForm("Ern", "Earner");
        String id = issued.json().at("/data/id").asText();

        assertThat(issued.status()).isEqualTo(201);
        assertNamed(issued.json().path("data"), "Ern", "Earner");
        assertNamed(world.get(org.path() + "/badges/" + id, org.token()).json().path("data"), "Ern", "Earner");
        assertNamed(world.get("/v1/users/self/badges/" + id, earner.token()).json().path("data"), "Ern", "Earner");

        Reply accepted = world.json("PUT", "/v1/users/self/badges/" + id + "/accept", earner.token(), "{}");
        Reply listed = world.get(org.path() + "/badges", org.token());

        assertNamed(accepted.json().path("data"), "Ern", "Earner");
        assertThat(listed.json().path("data")).hasSize(1);
        assertNamed(listed.json().at("/data/0"), "Ern", "Earner");
        assertNamed(world.get("/v1/users/self/badges", earner.token()).json().at("/data/0"), "Ern", "Earner");
    }

    @Test
    void names_outside_ascii_at_the_longest_allowed_are_kept_exactly() {
        String first = "Zoë " + "é".repeat(46);
        String last = "😀".repeat(25);

        Reply issued = issueAsJson(",\"issued_to_first_name\":\"" + first + "\",\"issued_to_last_name\":\"" + last
                + "\"");

        assertThat(issued.status()).isEqualTo(201);
        String id = issued.json().at("/data/id").asText();
        assertNamed(world.get(org.path() + "/badges/" + id, org.token()).json().path("data"), first, last);
    }

    @Test
    void a_badge_issued_without_names_reads_null_for_both() {
        JsonNode badge = issueAsJson("").json().path("data");

        assertThat(badge.path("issued_to_first_name").isNull()).isTrue();
        assertThat(badge.path("issued_to_last_name").isNull()).isTrue();
    }

    @Test
    void a_name_over_50_characters_fails_validation_and_issues_nothing() {
        Reply reply = issueAsJson(",\"issued_to_first_name\":\"" + "x".repeat(51) + "\",\"issued_to_last_name\":\"E\"");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/data/message").asText())
                .isEqualTo("Validation failed: Issued to first name is too long (maximum is 50 characters)");
        assertThat(reply.json().at("/data/errors/0/attribute").asText()).isEqualTo("issued_to_first_name");
        assertThat(reply.json().at("/data/errors/0/messages/0").asText())
                .isEqualTo("is too long (maximum is 50 characters)");
        assertThat(world.get(org.path() + "/badges", org.token()).json().path("data")).isEmpty();
    }

    @Test
    void a_first_name_without_a_last_name_fails_validation() {
        Reply reply = issueAsJson(",\"issued_to_first_name\":\"Ern\"");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/data/message").asText())
                .isEqualTo("Validation failed: Issued to last name can't be blank");
        assertThat(reply.json().at("/data/errors/0/attribute").asText()).isEqualTo("issued_to_last_name");
    }
}
