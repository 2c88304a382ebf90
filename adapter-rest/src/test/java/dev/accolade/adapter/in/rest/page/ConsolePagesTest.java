package dev.accolade.adapter.in.rest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.application.achievement.FindAchievementsQuery;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.RequestStatus;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateStatus;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An issuer's console over real HTTP: templates, awarding, requests, revoking, and every refusal. */
class ConsolePagesTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";

    private final WorkWorld world = new WorkWorld();
    private final PageClient browser = world.browser();
    private final Member owner = world.member("owner@example.org");

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void a_member_opens_its_issuer_and_creates_a_template_sent_to_moderation() {
        browser.signIn(owner.email(), GrantFixture.PASSWORD);
        assertThat(browser.get("/console").body()).contains("Open my issuer");

        HttpResponse<String> opened = browser.post("/console/personal", Map.of());
        String console = opened.headers().firstValue("Location").orElseThrow();
        long issuer = Long.parseLong(console.substring(console.lastIndexOf('/') + 1));
        browser.get(console + "/templates/new");
        HttpResponse<String> created = browser.post(console + "/templates", Map.of("title", "Night owl",
                "description", "Stayed up", "criteria", "Work past midnight", "submit", "yes"));

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(world.templatesOf(issuer)).singleElement().satisfies(template -> {
            assertThat(template.details().title()).isEqualTo("Night owl");
            assertThat(template.details().criteria()).isEqualTo("Work past midnight");
            assertThat(template.status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
        });
        assertThat(browser.get(console).body()).contains("Night owl", "pending review");
    }

    @Test
    void a_blank_title_shows_the_form_again_with_the_fields_sentence_and_creates_nothing() {
        long issuer = world.issuerOf(owner);
        browser.signIn(owner.email(), GrantFixture.PASSWORD);
        browser.get("/console/issuers/" + issuer + "/templates/new");

        HttpResponse<String> refused = browser.post("/console/issuers/" + issuer + "/templates",
                Map.of("title", " ", "description", XSS));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Title", "role=\"alert\"", "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain(XSS);
        assertThat(world.templatesOf(issuer)).isEmpty();
    }

    @Test
    void editing_a_draft_renames_it_and_submitting_sends_it_to_moderation() {
        long issuer = world.issuerOf(owner);
        browser.signIn(owner.email(), GrantFixture.PASSWORD);
        browser.get("/console/issuers/" + issuer + "/templates/new");
        browser.post("/console/issuers/" + issuer + "/templates", Map.of("title", "Draft"));
        long template = world.templatesOf(issuer).get(0).id().value();

        assertThat(browser.get("/console/templates/" + template).body()).contains("value=\"Draft\"");
        HttpResponse<String> edited = browser.post("/console/templates/" + template, Map.of("title", XSS,
                "description", "Now described", "criteria", "Bake it twice"));
        String console = browser.get("/console/issuers/" + issuer).body();
        HttpResponse<String> submitted = browser.post("/console/templates/" + template + "/submit", Map.of());

        assertThat(edited.statusCode()).isEqualTo(303);
        assertThat(console).contains("&lt;img src=x onerror=alert(1)&gt;", "draft").doesNotContain(XSS);
        assertThat(submitted.statusCode()).isEqualTo(303);
        Template after = world.template(template);
        assertThat(after.details().description()).isEqualTo("Now described");
        assertThat(after.details().criteria()).isEqualTo("Bake it twice");
        assertThat(after.status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
    }

    @Test
    void awarding_a_pasted_list_awards_each_line_and_shows_what_happened() {
        long issuer = world.issuerOf(owner);
        long template = world.published(issuer, "Night owl", false);
        browser.signIn(owner.email(), GrantFixture.PASSWORD);
        browser.get("/console/templates/" + template + "/award");

        HttpResponse<String> done = browser.post("/console/templates/" + template + "/award",
                Map.of("recipients", "ada@example.org\n\nminecraft:survival/Steve\r\n"));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("ada@example.org: awarded", "minecraft:survival/Steve: awarded");
        assertThat(browser.get("/console/issuers/" + issuer).body()).contains("ada@example.org",
                "minecraft:survival/Steve");
    }

    @Test
    void one_bad_line_refuses_the_whole_list_naming_its_line_and_awards_nothing() {
        long issuer = world.issuerOf(owner);
        long template = world.published(issuer, "Night owl", false);
        browser.signIn(owner.email(), GrantFixture.PASSWORD);
        browser.get("/console/templates/" + template + "/award");

        HttpResponse<String> refused = browser.post("/console/templates/" + template + "/award",
                Map.of("recipients", "ada@example.org\nnot an address"));
        HttpResponse<String> empty = browser.post("/console/templates/" + template + "/award",
                Map.of("recipients", "  "));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Line 2", "not an address", "ada@example.org");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(browser.get("/console/issuers/" + issuer).body()).contains("Nothing awarded yet");
    }

    @Test
    void requests_are_answered_and_awards_revoked_with_a_reason() {
        long issuer = world.issuerOf(owner);
        long template = world.published(issuer, "Night owl", false);
        Member ada = world.member("ada@example.org");
        Member bob = world.member("bob@example.org");
        AwardRequest fromAda = world.apply(ada, template, "Up all night");
        AwardRequest fromBob = world.apply(bob, template, XSS);
        browser.signIn(owner.email(), GrantFixture.PASSWORD);

        String console = browser.get("/console/issuers/" + issuer).body();
        browser.post("/console/requests/" + fromAda.id().value() + "/accept", Map.of());
        browser.post("/console/requests/" + fromBob.id().value() + "/reject", Map.of("reason", "No proof"));

        assertThat(console).contains("Up all night", "https://example.org/proof", "&lt;img src=x")
                .doesNotContain(XSS, "ada@example.org", "bob@example.org");
        assertThat(world.request(fromAda.id().value()).status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(world.request(fromBob.id().value()).status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(world.request(fromBob.id().value()).rejectionReason()).contains("No proof");

        long award = world.fixture.accolade.achievements().findAchievements(FindAchievementsQuery.receivedBy(
                Actor.operator(), WorkWorld.identityOf(ada), PageRequest.first(10))).items().get(0).award().id()
                .value();
        browser.get("/console/issuers/" + issuer);
        HttpResponse<String> noReason = browser.post("/console/awards/" + award + "/revoke", Map.of("reason", ""));
        HttpResponse<String> revoked = browser.post("/console/awards/" + award + "/revoke", Map.of("reason",
                "Given by mistake"));

        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(revoked.statusCode()).isEqualTo(303);
    }

    @Test
    void a_member_who_does_not_own_the_issuer_finds_nothing_and_changes_nothing() {
        long issuer = world.issuerOf(owner);
        long template = world.published(issuer, "Night owl", false);
        long draft = world.pending(issuer, "Secret draft");
        Award award = ((AwardOutcome.Awarded) world.award(template,
                WorkWorld.identityOf(world.member("ada@example.org")))).award();
        AwardRequest request = world.apply(world.member("bob@example.org"), template, "please");
        world.member("eve@example.org");
        browser.signIn("eve@example.org", GrantFixture.PASSWORD);
        browser.get("/console");

        List<HttpResponse<String>> refused = List.of(
                browser.get("/console/issuers/" + issuer),
                browser.get("/console/issuers/" + issuer + "/templates/new"),
                browser.get("/console/templates/" + template),
                browser.get("/console/templates/" + draft),
                browser.get("/console/templates/" + template + "/award"),
                browser.post("/console/issuers/" + issuer + "/templates", Map.of("title", "Mine now")),
                browser.post("/console/templates/" + template, Map.of("title", "Mine now")),
                browser.post("/console/templates/" + draft + "/submit", Map.of()),
                browser.post("/console/templates/" + template + "/award", Map.of("recipients", "eve@example.org")),
                browser.post("/console/requests/" + request.id().value() + "/accept", Map.of()),
                browser.post("/console/requests/" + request.id().value() + "/reject", Map.of()),
                browser.post("/console/awards/" + award.id().value() + "/revoke", Map.of("reason", "mine")));

        assertThat(refused).allSatisfy(reply -> {
            assertThat(reply.statusCode()).isEqualTo(404);
            assertThat(reply.body()).contains("<html").doesNotContain("Secret draft");
        });
        assertThat(world.templatesOf(issuer)).hasSize(2);
        assertThat(world.template(template).details().title()).isEqualTo("Night owl");
        assertThat(world.request(request.id().value()).status()).isEqualTo(RequestStatus.PENDING);
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_and_creates_nothing() {
        long issuer = world.issuerOf(owner);
        browser.signIn(owner.email(), GrantFixture.PASSWORD);
        browser.get("/console/issuers/" + issuer + "/templates/new");

        HttpResponse<String> refused = browser.postRaw("/console/issuers/" + issuer + "/templates",
                Map.of("title", "Forged"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(world.templatesOf(issuer)).isEmpty();
    }
}
