package dev.accolade.adapter.in.rest.compat.achievemint;

import static dev.accolade.adapter.in.rest.compat.achievemint.AchieveMintServer.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.compat.achievemint.AchieveMintServer.Reply;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.domain.template.TemplateId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a client written against the original Achieve Mint saw differ, each now as its specification
 * says: {@code auth} by any Identity field, a published listing that shows what is published, and an
 * awarding account that sees its recipients' addresses in lists as it does one by one.
 */
class AchieveMintDeviationsTest {

    private AchieveMintServer server;

    @BeforeEach
    void start() {
        server = AchieveMintServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void auth_signs_in_by_the_member_id_as_by_the_email() {
        long ada = server.member("ada@example.org", "Ada");

        Reply byId = server.call("auth", null, fields("identity", "{\"id\":" + ada + "}", "password",
                AchieveMintServer.PASSWORD));
        Reply wrong = server.call("auth", null, fields("identity", "{\"id\":" + ada + "}", "password", "not it"));

        assertThat(byId.json().at("/user/id").asLong()).isEqualTo(ada);
        assertThat(byId.json().at("/user/token").asText()).hasSize(32);
        assertThat(wrong.errorCode()).isEqualTo(21);
    }

    @Test
    void find_templates_published_lists_the_live_version_as_published_while_an_edit_waits_for_review() {
        server.member("ada@example.org", "Ada");
        String ada = server.auth("ada@example.org");
        long chef = server.call("create_template", ada, fields("title", "Chef")).json().at("/template/id").asLong();
        approve(chef);
        server.call("update_template", ada, fields("id", Long.toString(chef), "title", "Chef de cuisine"));

        JsonNode published = server.call("find_templates", ada, fields("status", "published")).json()
                .path("templates");
        JsonNode drafts = server.call("find_templates", ada, fields("status", "draft")).json().path("templates");

        assertThat(published).hasSize(1);
        assertThat(published.at("/0/name").asText()).isEqualTo("Chef");
        assertThat(published.at("/0/status").asText()).isEqualTo("published");
        assertThat(drafts.at("/0/name").asText()).as("the edit waiting for review").isEqualTo("Chef de cuisine");
    }

    @Test
    void update_template_keeps_what_it_does_not_name() {
        server.member("ada@example.org", "Ada");
        String ada = server.auth("ada@example.org");
        long chef = server.call("create_template", ada, fields("title", "Chef", "description", "Cooks well"))
                .json().at("/template/id").asLong();

        JsonNode updated = server.call("update_template", ada, fields("id", Long.toString(chef), "title",
                "Head chef")).json().path("template");

        assertThat(updated.path("name").asText()).isEqualTo("Head chef");
        assertThat(updated.path("description").asText()).isEqualTo("Cooks well");
    }

    @Test
    void find_achievements_shows_the_awarding_account_its_recipients_address_as_achievement_does() {
        server.member("ada@example.org", "Ada");
        String ada = server.auth("ada@example.org");
        long chef = server.call("create_template", ada, fields("title", "Chef")).json().at("/template/id").asLong();
        approve(chef);
        server.member("carol@example.org", "Carol");
        String carol = server.auth("carol@example.org");
        long offer = server.call("award", ada, fields("user_identity", "{\"email\":\"carol@example.org\"}",
                "template_id", Long.toString(chef))).json().at("/offer/id").asLong();
        server.call("accept_offer", carol, fields("id", Long.toString(offer)));
        long achievement = achievementOf(carol);
        server.member("bob@example.org", "Bob");
        String bob = server.auth("bob@example.org");
        Map<String, String> carolsList = fields("user_identity", "{\"id\":" + carolId(carol) + "}");

        Reply byAwarder = server.call("find_achievements", ada, carolsList);
        Reply byId = server.call("achievement", ada, fields("id", Long.toString(achievement)));
        Reply byStranger = server.call("find_achievements", bob, carolsList);

        assertThat(byAwarder.json().at("/achievement/0/user/email").asText()).isEqualTo("carol@example.org");
        assertThat(byId.json().at("/achievement/user/email").asText()).isEqualTo("carol@example.org");
        assertThat(byStranger.json().at("/achievement/0/user/email").isNull()).isTrue();
    }

    private long achievementOf(String token) {
        return server.call("find_achievements", token, Map.of()).json().at("/achievement/0/id").asLong();
    }

    private long carolId(String token) {
        return server.call("user", token, fields("identity", "{\"email\":\"carol@example.org\"}")).json()
                .at("/user/id").asLong();
    }

    private void approve(long template) {
        server.accolade.moderation().approveTemplate(new TemplateCommand(Actor.operator(), new TemplateId(template)));
    }
}
