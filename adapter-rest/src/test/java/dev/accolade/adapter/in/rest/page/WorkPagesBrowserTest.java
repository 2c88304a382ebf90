package dev.accolade.adapter.in.rest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.TestServer;
import dev.accolade.application.issuer.PersonalIssuerCommand;
import dev.accolade.application.member.IssueConfirmationTokenCommand;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inbox, applying, the console and the moderation queue in a real headless Chromium, as whole stories:
 * an issuer's member creates a badge, the operator approves it, the issuer awards it to an email address, the
 * recipient registers, confirms, accepts the offer in the inbox, sees it on the profile and downloads the
 * baked PNG from the award page; a member applies for a badge and the issuer accepts; markup in a title
 * stays text and a forged form changes nothing. Every page is checked at 375 px and 1280 px with axe-core.
 */
class WorkPagesBrowserTest {

    private static final String PASSWORD = GrantFixture.PASSWORD;
    private static final String XSS = "<img src=x onerror=alert(1)>";

    private static GrantFixture fixture;
    private static WorkBrowser browser;

    @BeforeAll
    static void serverAndBrowser() {
        fixture = GrantFixture.issuingCredentials();
        browser = new WorkBrowser(fixture.publicUrl());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void a_badge_goes_from_the_console_through_moderation_to_an_accepted_award_with_a_baked_png() throws Exception {
        fixture.member("issuer@example.org");
        browser.signIn("issuer@example.org", PASSWORD).open("/console").check("console-home");
        browser.submit("form[action='/console/personal'] button").check("console-issuer-empty");
        String console = browser.path();
        browser.follow("New badge").check("console-new-template");
        browser.type("#title", "Night owl").type("#description", "Worked through the night")
                .type("#criteria", "Ship something after midnight").click("input[name=acceptance_required]")
                .click("input[name=submit]").submit("main form.stacked button[type=submit]");
        assertThat(browser.path()).isEqualTo(console);
        assertThat(browser.text()).contains("Night owl", "pending review");

        browser.nobody().open("/moderation").check("moderation-sign-in");
        browser.type("#token", TestServer.ADMIN_TOKEN).submit("main form button[type=submit]");
        assertThat(browser.text()).contains("Night owl", "Worked through the night");
        browser.check("moderation-queue").submitIn("Night owl", "form[action$='/approve'] button");
        assertThat(browser.text()).doesNotContain("Night owl");

        browser.signIn("issuer@example.org", PASSWORD).open(console).check("console-issuer");
        browser.follow("Award").check("console-award");
        browser.type("#recipients", "rita@example.org").submit("main form.stacked button[type=submit]");
        assertThat(browser.text()).contains("rita@example.org: offered");
        browser.check("console-award-done");

        browser.nobody().open("/register").type("#name", "Rita Recipient").type("#email", "rita@example.org")
                .type("#password", PASSWORD).submit("main form button[type=submit]");
        assertThat(browser.text()).contains("registered");
        browser.open("/confirm?token=" + confirmationToken("rita@example.org"))
                .submit("main form button[type=submit]");
        assertThat(browser.text()).contains("confirmed");

        browser.signIn("rita@example.org", PASSWORD).open("/inbox").check("inbox-offer");
        assertThat(browser.text()).contains("Offers waiting for you", "Night owl");
        browser.submit("form[action$='/accept'] button");
        assertThat(browser.text()).contains("New awards", "Night owl");
        browser.check("inbox-new-award");
        browser.open("/me");
        assertThat(browser.text()).contains("Night owl", "Rita Recipient");

        browser.open("/inbox").submit("form[action$='/open'] button");
        assertThat(browser.path()).startsWith("/awards/");
        assertThat(browser.text()).contains("Night owl", "Verified");
        String png = browser.all("a[download]").stream().filter(link -> link.getText().contains("Baked badge (PNG)"))
                .findFirst().orElseThrow().getDomProperty("href");
        HttpResponse<byte[]> baked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(png)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(baked.statusCode()).isEqualTo(200);
        assertThat(Arrays.copyOf(baked.body(), 4)).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(browser.open("/inbox").text()).contains("Nothing new");
    }

    @Test
    void a_member_applies_for_a_badge_and_the_issuer_accepts() {
        long issuer = issuerOf(fixture.member("club@example.org").id());
        String badge = "/badges/" + published(issuer, "Marathon").publicId().value();
        fixture.member("ada@example.org");

        browser.signIn("ada@example.org", PASSWORD).open(badge).follow("Apply for this badge").check("apply");
        browser.type("#message", "Ran it in four hours").type("#evidence", "https://example.org/results")
                .submit("main form.stacked button[type=submit]");
        assertThat(browser.path()).isEqualTo("/inbox");
        assertThat(browser.text()).contains("Marathon", "pending");
        browser.check("inbox-request");

        browser.signIn("club@example.org", PASSWORD).open("/console/issuers/" + issuer);
        assertThat(browser.text()).contains("Ran it in four hours", "https://example.org/results")
                .doesNotContain("ada@example.org");
        browser.check("console-requests").submitIn("Ran it in four hours", "form[action$='/accept'] button");
        assertThat(browser.text()).contains("No request is waiting");

        browser.signIn("ada@example.org", PASSWORD).open("/inbox");
        assertThat(browser.text()).contains("accepted", "New awards");
        browser.check("inbox-accepted");
    }

    @Test
    void markup_in_a_title_stays_text_and_forged_forms_change_nothing() {
        long issuer = issuerOf(fixture.member("mallory@example.org").id());
        Template shown = published(issuer, XSS);
        long waiting = pending(issuer, XSS + " v2");
        fixture.member("victim@example.org");

        browser.signIn("victim@example.org", PASSWORD).open("/badges/" + shown.publicId().value() + "/apply");
        assertXssShownAsText();
        browser.type("#message", XSS).submit("main form.stacked button[type=submit]");
        assertXssShownAsText();
        browser.signIn("mallory@example.org", PASSWORD).open("/console/issuers/" + issuer);
        assertXssShownAsText();

        browser.open("/console/issuers/" + issuer + "/templates/new").type("#title", "Forged");
        browser.script("document.querySelectorAll('input[name=csrf]').forEach(function (f) { f.value = 'x'; });");
        browser.submit("main form.stacked button[type=submit]");
        assertThat(browser.text()).contains("csrf_token_invalid");
        assertThat(templatesOf(issuer)).noneMatch(template -> template.details().title().equals("Forged"));

        browser.nobody().open("/moderation").type("#token", TestServer.ADMIN_TOKEN)
                .submit("main form button[type=submit]");
        assertXssShownAsText();
        browser.script("document.querySelectorAll('input[name=csrf]').forEach(function (f) { f.value = 'x'; });");
        browser.submit("form[action='/moderation/templates/" + waiting + "/approve'] button");
        assertThat(browser.text()).contains("csrf_token_invalid");
        assertThat(template(waiting).status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
    }

    private static void assertXssShownAsText() {
        assertThat(browser.all("img[src='x']")).isEmpty();
        assertThat(browser.text()).contains(XSS);
    }

    private static String confirmationToken(String email) {
        MemberId member = fixture.store.transactions().readOnly(() -> fixture.store.members()
                .findByEmail(new EmailAddress(email))).orElseThrow().id();
        return fixture.accolade.members().issueConfirmationToken(new IssueConfirmationTokenCommand(Actor.operator(),
                member)).confirmationToken().orElseThrow();
    }

    private static long issuerOf(long member) {
        MemberId id = new MemberId(member);
        return fixture.accolade.issuers().openPersonalIssuer(new PersonalIssuerCommand(Actor.member(id), id)).id()
                .value();
    }

    private static Template published(long issuer, String title) {
        return template(fixture.template(new GrantFixture.Issuer(issuer, null), title, false, false));
    }

    private static long pending(long issuer, String title) {
        IssuerId id = new IssuerId(issuer);
        return fixture.accolade.templates().createTemplate(new CreateTemplateCommand(Actor.issuer(id), id,
                TemplateInput.titled(title), true)).id().value();
    }

    private static Template template(long id) {
        return fixture.accolade.templates().getTemplate(new TemplateCommand(Actor.operator(), new TemplateId(id)))
                .template();
    }

    private static List<Template> templatesOf(long issuer) {
        return fixture.accolade.templates().findTemplates(FindTemplatesQuery.all(Actor.operator(),
                PageRequest.first(100)).ofIssuer(new IssuerId(issuer))).items().stream().map(view -> view.template())
                .toList();
    }
}
