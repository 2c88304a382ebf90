package dev.accolade.adapter.in.rest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferStatus;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The inbox over real HTTP: offers answered, own requests shown, new awards opened, and every refusal. */
class InboxPagesTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";

    private final WorkWorld world = new WorkWorld();
    private final PageClient browser = world.browser();
    private final Member ada = world.member("ada@example.org");
    private final long issuer = world.issuerOf(world.member("owner@example.org"));

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void a_pending_offer_shows_in_the_inbox_and_accepting_it_makes_the_award() {
        long template = world.published(issuer, "Night owl", true);
        Offer offer = ((AwardOutcome.Offered) world.award(template, WorkWorld.identityOf(ada))).offer();
        browser.signIn(ada.email(), GrantFixture.PASSWORD);

        String inbox = browser.get("/inbox").body();
        HttpResponse<String> accepted = browser.post("/inbox/offers/" + offer.id().value() + "/accept", Map.of());

        assertThat(inbox).contains("Night owl", "/inbox/offers/" + offer.id().value() + "/accept");
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.headers().firstValue("Location")).contains("/inbox");
        assertThat(world.offersOf(ada)).singleElement().extracting(Offer::status).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(browser.get("/inbox").body()).contains("New awards", "/open").doesNotContain("/accept\"");
    }

    @Test
    void rejecting_an_offer_answers_it_and_makes_no_award() {
        long template = world.published(issuer, "Night owl", true);
        Offer offer = ((AwardOutcome.Offered) world.award(template, WorkWorld.identityOf(ada))).offer();
        browser.signIn(ada.email(), GrantFixture.PASSWORD);
        browser.get("/inbox");

        HttpResponse<String> rejected = browser.post("/inbox/offers/" + offer.id().value() + "/reject", Map.of());

        assertThat(rejected.statusCode()).isEqualTo(303);
        assertThat(world.offersOf(ada)).singleElement().extracting(Offer::status).isEqualTo(OfferStatus.REJECTED);
        assertThat(browser.get("/inbox").body()).contains("Nothing new");
    }

    @Test
    void opening_a_new_award_marks_it_viewed_and_goes_on_to_its_page() {
        long template = world.published(issuer, "Early bird", false);
        Award award = ((AwardOutcome.Awarded) world.award(template, WorkWorld.identityOf(ada))).award();
        browser.signIn(ada.email(), GrantFixture.PASSWORD);

        String before = browser.get("/inbox").body();
        HttpResponse<String> opened = browser.post("/inbox/awards/" + award.id().value() + "/open", Map.of());

        assertThat(before).contains("Early bird", "/inbox/awards/" + award.id().value() + "/open");
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location"))
                .contains("/awards/" + award.credential().id().value());
        assertThat(browser.get("/inbox").body()).doesNotContain("/inbox/awards/" + award.id().value() + "/open");
    }

    @Test
    void the_members_own_requests_show_with_their_state_and_escaped_titles() {
        long template = world.published(issuer, XSS, false);
        world.apply(ada, template, "I stayed up all night");
        browser.signIn(ada.email(), GrantFixture.PASSWORD);

        String inbox = browser.get("/inbox").body();

        assertThat(inbox).contains("Your requests", "pending", "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain(XSS);
    }

    @Test
    void another_members_offer_or_award_is_not_found_and_stays_as_it_was() {
        long template = world.published(issuer, "Night owl", true);
        Offer offer = ((AwardOutcome.Offered) world.award(template, WorkWorld.identityOf(ada))).offer();
        long direct = world.published(issuer, "Early bird", false);
        Award award = ((AwardOutcome.Awarded) world.award(direct, WorkWorld.identityOf(ada))).award();
        world.member("eve@example.org");
        browser.signIn("eve@example.org", GrantFixture.PASSWORD);
        browser.get("/inbox");

        HttpResponse<String> accept = browser.post("/inbox/offers/" + offer.id().value() + "/accept", Map.of());
        HttpResponse<String> open = browser.post("/inbox/awards/" + award.id().value() + "/open", Map.of());
        HttpResponse<String> nonsense = browser.post("/inbox/offers/not-a-number/accept", Map.of());

        assertThat(accept.statusCode()).isEqualTo(404);
        assertThat(open.statusCode()).isEqualTo(404);
        assertThat(nonsense.statusCode()).isEqualTo(400);
        assertThat(accept.body()).contains("<html");
        assertThat(world.offersOf(ada)).singleElement().extracting(Offer::status).isEqualTo(OfferStatus.PENDING);
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_and_changes_nothing() {
        long template = world.published(issuer, "Night owl", true);
        Offer offer = ((AwardOutcome.Offered) world.award(template, WorkWorld.identityOf(ada))).offer();
        browser.signIn(ada.email(), GrantFixture.PASSWORD);
        browser.get("/inbox");

        HttpResponse<String> refused = browser.postRaw("/inbox/offers/" + offer.id().value() + "/accept", Map.of());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("csrf_token_invalid");
        assertThat(world.offersOf(ada)).singleElement().extracting(Offer::status).isEqualTo(OfferStatus.PENDING);
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_asked_to_sign_in() {
        HttpResponse<String> inbox = browser.get("/inbox");

        assertThat(inbox.statusCode()).isEqualTo(401);
        assertThat(inbox.body()).contains("Please sign in", "href=\"/sign-in\"");
    }
}
