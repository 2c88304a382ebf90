package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Organization;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Reply;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.User;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.Template;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hidden templates, rarity and points in the Acclaim dialect: the organization always sees its badge template
 * whole, with {@code hidden}, {@code rarity} and {@code points}; an earner sees no {@code image_url} on a pending
 * badge of a hidden template, which she does not hold yet, and sees it once she accepted it.
 */
class AcclaimHiddenTemplatesTest {

    private static final String IMAGE = "https://example.org/secret.png";

    private AcclaimWorld world;
    private Organization org;
    private User earner;
    private String secret;

    @BeforeEach
    void aHiddenTemplateWithAPicture() {
        world = new AcclaimWorld();
        org = world.organization("caves");
        earner = world.user("earner@example.org", "Ern Earner");
        IssuerId issuer = org.issuer().id();
        Template draft = world.accolade.templates().createTemplate(new CreateTemplateCommand(Actor.issuer(issuer),
                issuer, TemplateInput.titled("Secret").describedAs("A hidden cave").ofType("cave")
                        .withIcon(new ImageInput("png", IMAGE, null)).hidden(true).withPoints(40)
                        .needingAcceptance(true), true));
        world.accolade.moderation().approveTemplate(new TemplateCommand(Actor.operator(), draft.id()));
        secret = AcclaimIds.format(Kind.BADGE_TEMPLATE, draft.id().value());
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private String issue() {
        Reply reply = world.json("POST", org.path() + "/badges", org.token(), "{\"badge_template_id\":\"" + secret
                + "\",\"recipient_email\":\"" + earner.email() + "\"}");
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
        return reply.json().at("/data/id").asText();
    }

    private JsonNode template() {
        Reply reply = world.get(org.path() + "/badge_templates/" + secret, org.token());
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
        return reply.json().path("data");
    }

    @Test
    void the_organization_sees_its_hidden_template_whole_with_rarity_and_points() {
        JsonNode seen = template();

        assertThat(seen.path("name").asText()).isEqualTo("Secret");
        assertThat(seen.path("description").asText()).isEqualTo("A hidden cave");
        assertThat(seen.path("image_url").asText()).isEqualTo(IMAGE);
        assertThat(seen.path("hidden").asBoolean()).isTrue();
        assertThat(seen.path("points").asLong()).isEqualTo(40);
        assertThat(seen.path("rarity").asDouble()).isZero();
        JsonNode listed = world.get(org.path() + "/badge_templates", org.token()).json().at("/data/0");
        assertThat(listed).isEqualTo(seen);
    }

    @Test
    void a_pending_badge_shows_the_earner_no_picture_until_accepted_and_the_organization_always() {
        String id = issue();

        assertThat(world.get(org.path() + "/badges/" + id, org.token()).json().at("/data/image_url").asText())
                .isEqualTo(IMAGE);
        JsonNode pending = world.get("/v1/users/self/badges", earner.token()).json().at("/data/0");
        assertThat(pending.path("id").asText()).isEqualTo(id);
        assertThat(pending.path("state").asText()).isEqualTo("pending");
        assertThat(pending.path("image_url").isNull()).as("she does not hold it yet").isTrue();
        assertThat(world.get("/v1/users/self/badges/" + id, earner.token()).json().at("/data/image_url").isNull())
                .isTrue();

        Reply accepted = world.json("PUT", "/v1/users/self/badges/" + id + "/accept", earner.token(), "{}");

        assertThat(accepted.status()).isEqualTo(200);
        String award = accepted.json().at("/data/id").asText();
        assertThat(accepted.json().at("/data/image_url").asText()).isEqualTo(IMAGE);
        assertThat(world.get("/v1/users/self/badges", earner.token()).json().at("/data/0/image_url").asText())
                .isEqualTo(IMAGE);
        assertThat(world.get("/v1/users/self/badges/" + award, earner.token()).json().at("/data/image_url")
                .asText()).isEqualTo(IMAGE);
        assertThat(template().path("rarity").asDouble()).as("the earner, its one subject, holds it").isEqualTo(1.0);
    }

    @Test
    void a_template_that_is_not_hidden_says_so_with_no_points_and_no_holders() {
        String open = world.activeTemplate(org, "Open");

        JsonNode seen = world.get(org.path() + "/badge_templates/" + open, org.token()).json().path("data");

        assertThat(seen.path("hidden").isBoolean()).isTrue();
        assertThat(seen.path("hidden").asBoolean()).isFalse();
        assertThat(seen.path("points").asLong()).isZero();
        assertThat(seen.path("rarity").isNumber()).isTrue();
    }
}
