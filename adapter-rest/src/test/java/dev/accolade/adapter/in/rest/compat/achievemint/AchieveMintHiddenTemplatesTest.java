package dev.accolade.adapter.in.rest.compat.achievemint;

import static dev.accolade.adapter.in.rest.compat.achievemint.AchieveMintServer.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hidden templates, rarity and points in the Achieve Mint dialect: a hidden template is "Hidden achievement"
 * without description, icon, categories, ratings, files, rarity or points to a caller who neither holds it nor
 * owns its account, in {@code template}, {@code find_templates} and achievements alike; its owner and its holder
 * see it whole, with {@code hidden}, {@code rarity} and {@code points}.
 */
class AchieveMintHiddenTemplatesTest {

    private AchieveMintServer server;
    private String ada;
    private String carol;
    private String bob;
    private long secret;
    private long open;

    @BeforeEach
    void adaOwnsAHiddenTemplateCarolHolds() {
        server = AchieveMintServer.start();
        server.member("ada@example.org", "Ada");
        server.member("carol@example.org", "Carol");
        server.member("bob@example.org", "Bob");
        ada = server.auth("ada@example.org");
        carol = server.auth("carol@example.org");
        bob = server.auth("bob@example.org");
        open = server.call("create_template", ada, fields("title", "Open")).json().at("/template/id").asLong();
        approve(open);
        IssuerId account = server.accolade.templates().getTemplate(new TemplateCommand(Actor.operator(),
                new TemplateId(open))).template().issuer();
        Template created = server.accolade.templates().createTemplate(new CreateTemplateCommand(Actor.operator(),
                account, TemplateInput.titled("Secret").describedAs("A hidden cave").hidden(true).withPoints(25),
                true));
        secret = created.id().value();
        approve(secret);
        server.accolade.awards().award(AwardCommand.of(Actor.operator(), created.id(),
                Identity.email("carol@example.org")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void approve(long template) {
        server.accolade.moderation().approveTemplate(new TemplateCommand(Actor.operator(), new TemplateId(template)));
    }

    private JsonNode template(String token, long id) {
        AchieveMintServer.Reply reply = server.call("template", token, fields("id", Long.toString(id)));
        assertThat(reply.json().has("error")).as(reply.body()).isFalse();
        return reply.json().path("template");
    }

    private static JsonNode withId(JsonNode templates, long id) {
        for (JsonNode template : templates) {
            if (template.path("id").asLong() == id) {
                return template;
            }
        }
        throw new AssertionError("no template " + id + " in " + templates);
    }

    @Test
    void a_caller_who_neither_holds_nor_owns_it_sees_it_concealed_in_template_and_find_templates() {
        JsonNode seen = template(bob, secret);

        assertThat(seen.path("id").asLong()).isEqualTo(secret);
        assertThat(seen.path("name").asText()).isEqualTo("Hidden achievement");
        assertThat(seen.path("description").isNull()).isTrue();
        assertThat(seen.path("icon").isNull()).isTrue();
        assertThat(seen.path("categories")).isEmpty();
        assertThat(seen.path("attachments")).isEmpty();
        assertThat(seen.path("status").asText()).isEqualTo("published");
        assertThat(seen.path("hidden").asBoolean()).isTrue();
        assertThat(seen.path("rarity").isNull()).isTrue();
        assertThat(seen.path("points").isNull()).isTrue();
        assertThat(seen.toString()).doesNotContain("Secret").doesNotContain("cave");
        JsonNode listed = withId(server.call("find_templates", bob, Map.of()).json().path("templates"), secret);
        assertThat(listed).isEqualTo(seen);
    }

    @Test
    void the_owner_sees_it_whole_with_rarity_and_points() {
        JsonNode seen = template(ada, secret);

        assertThat(seen.path("name").asText()).isEqualTo("Secret");
        assertThat(seen.path("description").asText()).isEqualTo("A hidden cave");
        assertThat(seen.path("hidden").asBoolean()).isTrue();
        assertThat(seen.path("points").asLong()).isEqualTo(25);
        assertThat(seen.path("rarity").asDouble()).as("carol, the issuer's one subject, holds it").isEqualTo(1.0);
    }

    @Test
    void the_holder_sees_it_whole_in_the_template_and_in_her_achievements() {
        assertThat(template(carol, secret).path("name").asText()).isEqualTo("Secret");
        JsonNode achievement = server.call("find_achievements", carol, Map.of()).json().at("/achievement/0");

        assertThat(achievement.at("/template/id").asLong()).isEqualTo(secret);
        assertThat(achievement.at("/template/name").asText()).isEqualTo("Secret");
        assertThat(achievement.at("/template/points").asLong()).isEqualTo(25);
    }

    @Test
    void another_callers_view_of_the_holders_achievements_conceals_it() {
        AchieveMintServer.Reply reply = server.call("find_achievements", bob, fields("user_identity",
                "{\"email\":\"carol@example.org\"}"));
        assertThat(reply.json().has("error")).as(reply.body()).isFalse();
        JsonNode achievement = reply.json().at("/achievement/0");

        assertThat(achievement.at("/template/id").asLong()).isEqualTo(secret);
        assertThat(achievement.at("/template/name").asText()).isEqualTo("Hidden achievement");
        assertThat(achievement.at("/template/hidden").asBoolean()).isTrue();
    }

    @Test
    void a_template_that_is_not_hidden_shows_rarity_and_points_to_anyone() {
        JsonNode seen = template(bob, open);

        assertThat(seen.path("name").asText()).isEqualTo("Open");
        assertThat(seen.path("hidden").asBoolean()).isFalse();
        assertThat(seen.path("points").asLong()).isZero();
        assertThat(seen.path("rarity").isNumber()).isTrue();
        assertThat(seen.path("rarity").asDouble()).as("nobody holds it").isZero();
    }
}
