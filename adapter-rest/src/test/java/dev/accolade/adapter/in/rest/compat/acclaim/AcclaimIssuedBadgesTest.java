package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Organization;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Reply;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issued badges: pending until the earner accepts or rejects them, revoked by the organization. */
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
}
