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
 * {@code issued_to_first_name} and {@code issued_to_last_name}: kept with the issued badge, pending
 * or accepted, read back on every route that shows it, and refused over 50 characters.
 */
class AcclaimRecipientNamesTest {

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
