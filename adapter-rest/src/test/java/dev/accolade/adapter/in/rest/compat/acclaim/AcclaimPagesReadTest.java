package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.CountingStore;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Organization;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Reply;
import dev.accolade.application.Accolade;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page of issued badges costs what it holds: the store skips the badges before it and counts the rest. */
class AcclaimPagesReadTest {

    private static final int ISSUED = 150;

    private final CountingStore store = new CountingStore(Accolade.openStore("memory"));
    private AcclaimWorld world;
    private Organization org;
    private TemplateId badge;

    @BeforeEach
    void issueManyBadges() {
        world = new AcclaimWorld(store, Instant::now);
        org = world.organization("fencing");
        Actor issuer = Actor.issuer(org.issuer().id());
        Template draft = world.accolade.templates().createTemplate(new CreateTemplateCommand(issuer,
                org.issuer().id(), TemplateInput.titled("Fencer").repeatable(true)
                        .withIcon(new ImageInput("png", "https://example.org/fencer.png")), true));
        badge = world.accolade.moderation().approveTemplate(new TemplateCommand(Actor.operator(), draft.id())).id();
        IntStream.range(0, ISSUED).forEach(n -> world.accolade.awards().award(AwardCommand.of(issuer, badge,
                Identity.email("fencer" + n + "@example.org"))));
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void a_page_of_issued_badges_reads_that_page_from_the_store_not_every_badge_before_it() {
        store.reset();

        Reply page = world.get(org.path() + "/badges?page=7&per=10", org.token());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("data")).hasSize(10);
        assertThat(page.json().at("/metadata/total_count").asInt()).isEqualTo(ISSUED);
        assertThat(page.json().at("/metadata/total_pages").asInt()).isEqualTo(15);
        assertThat(store.rows()).as("rows the store handed back for one page").isLessThan(30);
    }

    @Test
    void issued_badges_and_their_templates_carry_the_template_icon_as_image_url() {
        Reply page = world.get(org.path() + "/badges?per=1", org.token());
        JsonNode issued = page.json().path("data").get(0);
        Reply one = world.get(org.path() + "/badges/" + issued.path("id").asText(), org.token());
        Reply templates = world.get(org.path() + "/badge_templates", org.token());

        assertThat(issued.path("image_url").asText()).isEqualTo("https://example.org/fencer.png");
        assertThat(one.json().at("/data/image_url").asText()).isEqualTo("https://example.org/fencer.png");
        assertThat(templates.json().at("/data/0/image_url").asText()).isEqualTo("https://example.org/fencer.png");
    }

    @Test
    void an_issued_badge_that_is_an_award_links_its_open_badges_credentials_and_a_pending_offer_links_none() {
        Reply page = world.get(org.path() + "/badges?per=100", org.token());

        JsonNode award = findState(page.json().path("data"), "accepted");
        assertThat(award.at("/credentials/ob2_assertion").asText()).contains("/ob/v2/assertions/");
        assertThat(award.at("/credentials/ob3_credential").asText()).contains("/ob/v3/credentials/");
        page.json().path("data").forEach(badge -> {
            if ("pending".equals(badge.path("state").asText())) {
                assertThat(badge.path("credentials").isNull()).as(badge.toString()).isTrue();
            }
        });
    }

    private static JsonNode findState(JsonNode badges, String state) {
        for (JsonNode badge : badges) {
            if (state.equals(badge.path("state").asText())) {
                return badge;
            }
        }
        throw new AssertionError("no " + state + " badge in " + badges);
    }
}
