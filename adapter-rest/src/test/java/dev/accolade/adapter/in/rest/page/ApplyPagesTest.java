package dev.accolade.adapter.in.rest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.RequestStatus;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Applying for a badge over real HTTP: the request made, shown to both sides, and every refusal. */
class ApplyPagesTest {

    private final WorkWorld world = new WorkWorld();
    private final PageClient browser = world.browser();
    private final Member owner = world.member("owner@example.org");
    private final long issuer = world.issuerOf(owner);
    private final long template = world.published(issuer, "Night owl", false);
    private final String badge = "/badges/" + world.template(template).publicId().value();

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void a_member_applies_with_a_message_and_evidence_and_both_sides_see_the_request() {
        world.member("ada@example.org");
        browser.signIn("ada@example.org", GrantFixture.PASSWORD);

        String page = browser.get(badge).body();
        String form = browser.get(badge + "/apply").body();
        HttpResponse<String> sent = browser.post(badge + "/apply", Map.of("message", "Up all night",
                "evidence", "https://example.org/log"));

        assertThat(page).contains(badge + "/apply", "Apply for this badge");
        assertThat(form).contains("Apply for “Night owl”", "name=\"evidence\"");
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).contains("/inbox");
        AwardRequest request = world.requestsFor(issuer).get(0);
        assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(request.message()).isEqualTo("Up all night");
        assertThat(request.evidence().links()).extracting(WebUrl::value).containsExactly("https://example.org/log");
        assertThat(browser.get("/inbox").body()).contains("Night owl", "pending");

        PageClient issuerBrowser = world.browser();
        issuerBrowser.signIn(owner.email(), GrantFixture.PASSWORD);
        String console = issuerBrowser.get("/console/issuers/" + issuer).body();
        issuerBrowser.post("/console/requests/" + request.id().value() + "/accept", Map.of());
        assertThat(console).contains("Up all night", "https://example.org/log").doesNotContain("ada@example.org");
        assertThat(world.request(request.id().value()).status()).isEqualTo(RequestStatus.ACCEPTED);
    }

    @Test
    void bad_evidence_shows_the_form_again_with_the_fields_sentence_and_sends_nothing() {
        world.member("ada@example.org");
        browser.signIn("ada@example.org", GrantFixture.PASSWORD);
        browser.get(badge + "/apply");

        HttpResponse<String> refused = browser.post(badge + "/apply", Map.of("message", "hi",
                "evidence", "javascript:alert(1)"));
        HttpResponse<String> tooLong = browser.post(badge + "/apply", Map.of("message", "x".repeat(1001)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("role=\"alert\"", "Links", "value=\"javascript:alert(1)\"");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Message");
        assertThat(world.requestsFor(issuer)).isEmpty();
    }

    @Test
    void applying_twice_says_a_request_is_pending_and_keeps_one() {
        world.member("ada@example.org");
        browser.signIn("ada@example.org", GrantFixture.PASSWORD);
        browser.get(badge + "/apply");
        browser.post(badge + "/apply", Map.of("message", "first"));

        HttpResponse<String> again = browser.post(badge + "/apply", Map.of("message", "second"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("role=\"alert\"");
        assertThat(world.requestsFor(issuer)).hasSize(1);
    }

    @Test
    void visitors_forged_forms_and_unpublished_badges_are_refused_and_send_nothing() {
        long draft = world.pending(issuer, "Secret");
        String draftBadge = "/badges/" + world.template(draft).publicId().value();

        HttpResponse<String> anonymous = browser.get(badge + "/apply");
        world.member("ada@example.org");
        browser.signIn("ada@example.org", GrantFixture.PASSWORD);
        browser.get(badge + "/apply");
        HttpResponse<String> forged = browser.postRaw(badge + "/apply", Map.of("message", "forged"));
        HttpResponse<String> unpublished = browser.get(draftBadge + "/apply");
        HttpResponse<String> unpublishedPost = browser.post(draftBadge + "/apply", Map.of("message", "x"));
        HttpResponse<String> unknown = browser.get("/badges/nothing-here/apply");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(unpublished.statusCode()).isEqualTo(404);
        assertThat(unpublishedPost.statusCode()).isEqualTo(404);
        assertThat(unpublished.body()).doesNotContain("Secret");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(world.requestsFor(issuer)).isEmpty();
    }
}
