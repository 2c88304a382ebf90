package dev.accolade.adapter.in.rest.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.TestServer;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.application.member.ConfirmRegistrationCommand;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.Registration;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.template.TemplateId;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public pages over real HTTP: what each shows, what none leaks, and the Assertion URL's negotiation. */
class PublicPagesTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";
    private static final String ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";

    private final GrantFixture fixture = GrantFixture.issuingCredentials();
    private final PageClient browser = new PageClient(fixture.server.port());
    private Issuer acme;
    private long badge;
    private long ada;

    @BeforeEach
    void anIssuerWithABadgeHeldByAMember() {
        acme = fixture.issuer("acme");
        badge = fixture.template(acme, "Crème brûlée", true, false);
        ada = member("ada@example.org", "Ada Lovelace");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void the_home_page_shows_the_counters_popular_badges_and_recent_awards_without_emails() {
        awardTo("{\"member_id\":" + ada + "}");
        awardTo("{\"email\":\"grace@example.org\"}");

        String home = browser.get("/").body();

        assertThat(home).contains("<strong>1</strong> badges available", "<strong>2</strong> awarded",
                "<strong>1</strong> members registered", "Crème brûlée", "Ada Lovelace");
        assertThat(home).doesNotContain("ada@example.org", "grace@example.org");
    }

    @Test
    void a_search_finds_published_badges_by_title_only() {
        fixture.template(acme, "Soufflé", true, false);

        String found = browser.get("/?q=cr%C3%A8me").body();

        assertThat(found).contains("Crème brûlée", "1 found").doesNotContain("Soufflé</a>");
    }

    @Test
    void the_badge_page_shows_the_badge_its_issuer_figures_and_public_recipients() {
        awardTo("{\"member_id\":" + ada + "}");
        String id = badgeId();

        HttpResponse<String> page = browser.get("/badges/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Crème brûlée</h1>", "href=\"" + fixture.publicUrl() + "/issuers/acme\"",
                "1 times", "Difficulty", "Credibility", "100.0% of 1 recipients from this issuer hold it",
                "/ob/v2/badges/" + id + "/image",
                "property=\"og:title\"", "name=\"twitter:card\"").doesNotContain("ada@example.org");
    }

    @Test
    void an_unpublished_template_has_no_page() {
        long draft = fixture.server.post("/v1/issuers/" + acme.id() + "/templates", acme.key(),
                "{\"title\":\"Secret draft\"}").json().at("/data/id").asLong();

        assertThat(browser.get("/badges/" + publicIdOf(draft)).statusCode()).isEqualTo(404);
        assertThat(browser.get("/").body() + browser.get("/issuers/acme").body()).doesNotContain("Secret draft");
    }

    @Test
    void the_award_page_says_who_what_when_by_whom_and_links_the_credentials() {
        JsonNode award = awardTo("{\"member_id\":" + ada + "}");
        String assertion = award.at("/credentials/ob2_assertion").asText();
        String id = assertion.substring(assertion.lastIndexOf('/') + 1);

        String page = browser.get("/awards/" + id).body();

        assertThat(page).contains("Ada Lovelace", "Crème brûlée", "acme", "verified", "baked.png", "baked.svg", "/ob/v3/credentials/" + id,
                "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME", "property=\"og:image\"",
                "data-copy=\"award-link\"").doesNotContain("ada@example.org");
    }

    @Test
    void a_revoked_award_shows_as_revoked_with_its_reason() {
        JsonNode award = awardTo("{\"email\":\"grace@example.org\"}");
        fixture.server.post("/v1/awards/" + award.path("id").asLong() + "/revocation", acme.key(),
                "{\"reason\":\"Given by mistake\"}");

        String page = browser.get(pagePath(award)).body();

        assertThat(page).contains("class=\"state revoked\"", "Given by mistake").doesNotContain("grace@example.org");
    }

    @Test
    void the_assertion_url_answers_a_browser_with_the_page_and_a_verifier_with_json_ld() {
        String assertion = awardTo("{\"email\":\"grace@example.org\"}").at("/credentials/ob2_assertion").asText();
        String path = assertion.substring(fixture.publicUrl().length());

        HttpResponse<String> asBrowser = browser.get(path);
        HttpResponse<String> asVerifier = browser.get(path, "application/ld+json");
        HttpResponse<String> asAnything = browser.get(path, "*/*");
        HttpResponse<String> asked = browser.get(path + "?json", "text/html");

        assertThat(asBrowser.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(asBrowser.body()).contains("Crème brûlée").doesNotContain("grace@example.org");
        for (HttpResponse<String> json : List.of(asVerifier, asAnything, asked)) {
            assertThat(json.headers().firstValue("Content-Type").orElse("")).contains("json");
            assertThat(json.body()).contains("\"Assertion\"");
        }
    }

    @Test
    void an_unknown_assertion_answers_a_browser_with_the_not_found_page_and_a_verifier_with_json() {
        String assertion = awardTo("{\"email\":\"grace@example.org\"}").at("/credentials/ob2_assertion").asText();
        String known = assertion.substring(fixture.publicUrl().length());
        String unknown = known.substring(0, known.lastIndexOf('/') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";

        for (String path : List.of(unknown, known.substring(0, known.lastIndexOf('/') + 1) + "not%20an%20id")) {
            HttpResponse<String> asBrowser = browser.get(path);
            HttpResponse<String> asVerifier = browser.get(path, "application/ld+json");

            assertThat(asBrowser.statusCode()).isEqualTo(404);
            assertThat(asBrowser.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(asBrowser.body()).contains("<title>Page not found");
            assertThat(asVerifier.statusCode()).isEqualTo(404);
            assertThat(asVerifier.headers().firstValue("Content-Type").orElse("")).contains("json");
        }
    }

    @Test
    void a_members_profile_lists_their_awards_and_an_email_has_no_profile() {
        awardTo("{\"member_id\":" + ada + "}");

        HttpResponse<String> profile = browser.get("/profiles/member%3A" + ada);
        HttpResponse<String> email = browser.get("/profiles/email%3Aada%40example.org");

        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("Crème brûlée").doesNotContain("ada@example.org");
        assertThat(email.statusCode()).isEqualTo(404);
        assertThat(email.body()).doesNotContain("ada@example.org");
    }

    @Test
    void a_member_hides_an_award_from_their_profile_and_shows_it_again() {
        String id = pagePath(awardTo("{\"member_id\":" + ada + "}")).substring("/awards/".length());
        String profile = "/profiles/member%3A" + ada;
        PageClient stranger = new PageClient(fixture.server.port());
        browser.signIn("ada@example.org", GrantFixture.PASSWORD);
        browser.get(profile);

        HttpResponse<String> hidden = browser.post("/me/awards/" + id + "/visibility", Map.of("hidden", "true"));
        String toOthers = stranger.get(profile).body();
        String home = stranger.get("/").body();
        String toHer = browser.get(profile).body();
        stranger.signIn("ada@example.org", "not her password");
        HttpResponse<String> forged = stranger.postRaw("/me/awards/" + id + "/visibility", Map.of("hidden", "false"));
        browser.post("/me/awards/" + id + "/visibility", Map.of("hidden", "false"));

        assertThat(hidden.statusCode()).isEqualTo(303);
        assertThat(toOthers).doesNotContain("Crème brûlée");
        assertThat(home).contains("No public award yet");
        assertThat(toHer).contains("Hidden from your profile", "Show on profile");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(stranger.get(profile).body()).contains("Crème brûlée");
        assertThat(stranger.get(pagePath(awardTo("{\"member_id\":" + ada + "}"))).statusCode()).isEqualTo(200);
    }

    @Test
    void only_the_holder_may_hide_an_award() {
        String id = pagePath(awardTo("{\"member_id\":" + ada + "}")).substring("/awards/".length());
        member("grace@example.org", "Grace Hopper");
        browser.signIn("grace@example.org", GrantFixture.PASSWORD);
        browser.get("/");

        HttpResponse<String> refused = browser.post("/me/awards/" + id + "/visibility", Map.of("hidden", "true"));
        HttpResponse<String> anonymous = new PageClient(fixture.server.port()).get("/me");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(browser.get("/profiles/member%3A" + ada).body()).contains("Crème brûlée");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void a_handles_profile_lists_its_awards() {
        awardTo("{\"namespace\":\"minecraft:survival\",\"handle\":\"Steve\"}");

        HttpResponse<String> profile = browser.get("/profiles/handle%3Aminecraft%3Asurvival%2FSteve");

        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        assertThat(profile.body()).contains("<h1>Steve</h1>", "Crème brûlée");
    }

    @Test
    void the_issuer_page_shows_its_badges_and_recent_awards() {
        awardTo("{\"member_id\":" + ada + "}");

        HttpResponse<String> page = browser.get("/issuers/acme");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Crème brûlée", "Recent awards");
        assertThat(browser.get("/issuers/nobody-here").statusCode()).isEqualTo(404);
        assertThat(browser.get("/issuers/NOT%20A%20SLUG").statusCode()).isEqualTo(404);
    }

    @Test
    void a_title_like_markup_shows_as_text_on_every_page() {
        long xss = fixture.template(acme, XSS, true, false);
        JsonNode award = fixture.award(xss, acme.key(), "{\"member_id\":" + ada + "}").json().path("data");
        String badgeId = publicIdOf(xss);

        for (String path : List.of("/", "/?q=img", "/issuers/acme", "/badges/" + badgeId, pagePath(award),
                "/profiles/member%3A" + ada)) {
            String body = browser.get(path).body();
            assertThat(body).as(path).contains(ESCAPED).doesNotContain(XSS);
        }
    }

    @Test
    void registering_and_confirming_through_the_forms_lets_the_member_sign_in() {
        browser.get("/register");
        HttpResponse<String> registered = browser.post("/register", Map.of("name", "Grace",
                "email", "grace@example.org", "password", GrantFixture.PASSWORD));
        String token = fixture.server.post("/v1/members/" + memberId("grace@example.org") + "/confirmation_token",
                TestServer.ADMIN_TOKEN, "").json().at("/data/confirmation_token").asText();
        browser.get("/confirm?token=" + token);
        HttpResponse<String> confirmed = browser.post("/confirm", Map.of("token", token));
        HttpResponse<String> signedIn = browser.signIn("grace@example.org", GrantFixture.PASSWORD);

        assertThat(registered.statusCode()).isEqualTo(201);
        assertThat(confirmed.body()).contains("Your registration is confirmed");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(browser.get("/me").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("/profiles/member%3A"));
    }

    @Test
    void a_registration_with_bad_fields_shows_the_form_again_with_every_problem() {
        browser.get("/register");

        HttpResponse<String> refused = browser.post("/register", Map.of("name", "",
                "email", "not-an-email", "password", "short"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("role=\"alert\"", "value=\"not-an-email\"");
    }

    @Test
    void a_hidden_template_shows_as_hidden_to_visitors_and_whole_to_its_holder() {
        long secret = fixture.server.post("/v1/issuers/" + acme.id() + "/templates", acme.key(),
                "{\"title\":\"Secret society\",\"hidden\":true,\"submit_for_review\":true}").json()
                .at("/data/id").asLong();
        fixture.server.post("/v1/templates/" + secret + "/approval", TestServer.ADMIN_TOKEN, "");
        JsonNode award = fixture.award(secret, acme.key(), "{\"member_id\":" + ada + "}").json().path("data");
        String page = "/badges/" + publicIdOf(secret);

        String toVisitors = browser.get(page).body() + browser.get(pagePath(award)).body() + browser.get("/").body();
        browser.signIn("ada@example.org", GrantFixture.PASSWORD);
        String toHolder = browser.get(page).body();

        assertThat(toVisitors).contains("Hidden badge").doesNotContain("Secret society",
                "/ob/v2/badges/" + publicIdOf(secret) + "/image");
        assertThat(toHolder).contains("<h1>Secret society</h1>");
    }

    @Test
    void the_api_views_of_an_issuer_a_template_and_an_award_link_their_pages() {
        JsonNode award = awardTo("{\"member_id\":" + ada + "}");

        String issuer = fixture.server.get("/v1/issuers/" + acme.id(), acme.key()).json().at("/data/page_url").asText();
        String template = fixture.server.get("/v1/templates/" + badge, acme.key()).json().at("/data/page_url")
                .asText();

        assertThat(issuer).isEqualTo(fixture.publicUrl() + "/issuers/acme");
        assertThat(template).isEqualTo(fixture.publicUrl() + "/badges/" + badgeId());
        assertThat(award.path("page_url").asText()).isEqualTo(fixture.publicUrl() + pagePath(award));
        assertThat(browser.get(template.substring(fixture.publicUrl().length())).statusCode()).isEqualTo(200);
    }

    private long memberId(String email) {
        return fixture.store.transactions().readOnly(() -> fixture.store.members().findByEmail(
                new EmailAddress(email))).orElseThrow().id().value();
    }

    /** A confirmed member who shows this name. */
    private long member(String email, String name) {
        Registration registration = fixture.accolade.members().registerMember(new RegisterMemberCommand(
                Actor.operator(), new MemberDetails(email, GrantFixture.PASSWORD, name, null, null)));
        fixture.accolade.members().confirmRegistration(new ConfirmRegistrationCommand(
                registration.confirmationToken().orElseThrow()));
        return registration.member().id().value();
    }

    private JsonNode awardTo(String recipient) {
        Reply reply = fixture.award(badge, acme.key(), recipient);
        assertThat(reply.status()).as(reply.raw().body()).isIn(200, 201);
        return reply.json().path("data");
    }

    private String badgeId() {
        return publicIdOf(badge);
    }

    private String publicIdOf(long template) {
        return fixture.store.transactions().readOnly(() -> fixture.store.templates().findById(new TemplateId(template)))
                .orElseThrow().publicId().value();
    }

    private static String pagePath(JsonNode award) {
        String assertion = award.at("/credentials/ob2_assertion").asText();
        return "/awards/" + assertion.substring(assertion.lastIndexOf('/') + 1);
    }
}
