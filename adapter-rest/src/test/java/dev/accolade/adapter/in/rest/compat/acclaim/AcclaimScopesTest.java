package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Organization;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Reply;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.User;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each token reaches: a user token its profile, badges and the organizations it owns; an
 * organization token only that organization. Anything beyond reads as {@code Resource not found.}.
 */
class AcclaimScopesTest {

    private static final String NOT_FOUND = "{\"message\":\"Resource not found.\"}";

    private AcclaimWorld world;
    private User ada;
    private Organization adas;
    private Organization other;
    private String othersTemplate;

    @BeforeEach
    void start() {
        world = new AcclaimWorld();
        ada = world.user("ada@example.org", "Ada King Lovelace");
        adas = world.organizationOf(ada, "ada-club");
        other = world.organization("other-club");
        othersTemplate = world.activeTemplate(other, "Other's badge");
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void a_user_token_reaches_the_organizations_its_user_belongs_to() {
        Reply organizations = world.get("/v1/organizations", ada.token());
        Reply templates = world.get(adas.path() + "/badge_templates", ada.token());
        Reply created = world.json("POST", adas.path() + "/badge_templates", ada.token(), "{\"name\":\"Chess\"}");

        assertThat(organizations.status()).isEqualTo(200);
        assertThat(organizations.json().path("data").findValuesAsText("id")).containsExactly(adas.id());
        assertThat(organizations.json().at("/data/0/vanity_slug").asText()).isEqualTo("ada-club");
        assertThat(templates.status()).isEqualTo(200);
        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void a_user_token_cannot_reach_an_organization_it_does_not_belong_to() {
        for (Reply reply : List.of(world.get(other.path() + "/badge_templates", ada.token()),
                world.get(other.path() + "/badge_templates/" + othersTemplate, ada.token()),
                world.get(other.path() + "/badges", ada.token()),
                world.json("POST", other.path() + "/badge_templates", ada.token(), "{\"name\":\"Mine now\"}"),
                world.json("POST", other.path() + "/badges", ada.token(),
                        "{\"badge_template_id\":\"" + othersTemplate + "\",\"recipient_email\":\"b@example.org\"}"),
                world.json("DELETE", other.path() + "/badge_templates/" + othersTemplate, ada.token(), "{}"))) {
            assertThat(reply.status()).as(reply.raw().request().uri().toString()).isEqualTo(404);
            assertThat(reply.raw().body()).isEqualTo(NOT_FOUND);
        }
        assertThat(world.get(other.path() + "/badge_templates", other.token()).json().at("/metadata/total_count")
                .asInt()).isEqualTo(1);
    }

    @Test
    void an_organization_token_reaches_only_its_organization() {
        Reply own = world.get("/v1/organizations", other.token());
        Reply another = world.get(adas.path() + "/badge_templates", other.token());
        Reply anothersBadges = world.get(adas.path() + "/badges", other.token());
        Reply user = world.get("/v1/users/self", other.token());
        Reply userBadges = world.get("/v1/users/self/badges", other.token());

        assertThat(own.json().path("data").findValuesAsText("id")).containsExactly(other.id());
        for (Reply refused : List.of(another, anothersBadges, user, userBadges)) {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.raw().body()).isEqualTo(NOT_FOUND);
        }
    }

    @Test
    void a_template_of_another_organization_is_not_found_under_this_one() {
        Reply reply = world.get(adas.path() + "/badge_templates/" + othersTemplate, ada.token());
        Reply issued = world.json("POST", adas.path() + "/badges", ada.token(),
                "{\"badge_template_id\":\"" + othersTemplate + "\",\"recipient_email\":\"b@example.org\"}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(issued.status()).isEqualTo(404);
    }

    @Test
    void an_id_of_one_kind_does_not_address_another() {
        String templateAsBadge = othersTemplate;
        String organizationAsTemplate = other.id();

        assertThat(world.get(other.path() + "/badges/" + templateAsBadge, other.token()).status()).isEqualTo(404);
        assertThat(world.get(other.path() + "/badge_templates/" + organizationAsTemplate, other.token()).status())
                .isEqualTo(404);
    }

    @Test
    void a_user_token_reaches_its_profile() {
        Reply self = world.get("/v1/users/self", ada.token());

        assertThat(self.status()).isEqualTo(200);
        assertThat(self.json().at("/data/first_name").asText()).isEqualTo("Ada");
        assertThat(self.json().at("/data/last_name").asText()).isEqualTo("King Lovelace");
        assertThat(self.json().at("/data/email").asText()).isEqualTo("ada@example.org");
    }
}
