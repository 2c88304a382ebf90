package dev.accolade.adapter.in.rest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.TestServer;
import dev.accolade.domain.template.TemplateStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The operator's moderation queue over real HTTP: its own sign-in, approving, rejecting, and refusals. */
class ModerationPagesTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";

    private final WorkWorld world = new WorkWorld();
    private final PageClient browser = world.browser();
    private final long issuer = world.issuerOf(world.member("owner@example.org"));

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void the_operator_signs_in_with_the_admin_token_into_a_strict_cookie_of_its_own() {
        HttpResponse<String> form = browser.get("/moderation");
        HttpResponse<String> wrong = browser.post("/moderation/sign-in", Map.of("token", "guess"));
        HttpResponse<String> right = browser.post("/moderation/sign-in", Map.of("token", TestServer.ADMIN_TOKEN));

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Admin token", "type=\"password\"");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("accolade_operator="));
        assertThat(right.statusCode()).isEqualTo(303);
        String cookie = right.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("accolade_operator=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict", "Path=/moderation")
                .doesNotContain(TestServer.ADMIN_TOKEN);
        assertThat(browser.get("/moderation").body()).contains("Waiting for review");
        browser.post("/moderation/sign-out", Map.of());
        assertThat(browser.get("/moderation").body()).contains("Admin token");
    }

    @Test
    void the_operator_approves_one_template_and_rejects_another_with_a_reason() {
        long good = world.pending(issuer, "Night owl");
        long bad = world.pending(issuer, XSS);
        signInAsOperator();

        String queue = browser.get("/moderation").body();
        HttpResponse<String> approved = browser.post("/moderation/templates/" + good + "/approve", Map.of());
        HttpResponse<String> rejected = browser.post("/moderation/templates/" + bad + "/reject",
                Map.of("reason", "Not a title"));

        assertThat(queue).contains("Night owl", "&lt;img src=x onerror=alert(1)&gt;").doesNotContain(XSS);
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(rejected.statusCode()).isEqualTo(303);
        assertThat(world.template(good).status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(world.template(bad).status()).isEqualTo(TemplateStatus.REJECTED);
        assertThat(world.template(bad).rejectionReason()).contains("Not a title");
        assertThat(browser.get("/moderation").body()).contains("Nothing waits for review");
    }

    @Test
    void a_member_or_a_forged_cookie_is_not_the_operator_and_changes_nothing() throws Exception {
        long template = world.pending(issuer, "Night owl");
        world.member("eve@example.org");
        browser.signIn("eve@example.org", GrantFixture.PASSWORD);
        browser.get("/moderation");

        HttpResponse<String> asMember = browser.post("/moderation/templates/" + template + "/approve", Map.of());
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + world.fixture.server.port() + "/moderation/templates/" + template + "/approve"))
                .header("Cookie", "accolade_operator=99999999999." + "0".repeat(64))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(List.of(asMember, forged)).allSatisfy(reply -> {
            assertThat(reply.statusCode()).isEqualTo(401);
            assertThat(reply.body()).contains("operator_sign_in_required");
        });
        assertThat(world.template(template).status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
    }

    @Test
    void an_answer_without_its_csrf_token_is_refused_and_changes_nothing() {
        long template = world.pending(issuer, "Night owl");
        signInAsOperator();
        browser.get("/moderation");

        HttpResponse<String> refused = browser.postRaw("/moderation/templates/" + template + "/approve", Map.of());
        HttpResponse<String> badId = browser.post("/moderation/templates/0/approve", Map.of());
        HttpResponse<String> tooLong = browser.post("/moderation/templates/" + template + "/reject",
                Map.of("reason", "x".repeat(600)));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Reason");
        assertThat(world.template(template).status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
    }

    private void signInAsOperator() {
        browser.get("/moderation");
        assertThat(browser.post("/moderation/sign-in", Map.of("token", TestServer.ADMIN_TOKEN)).statusCode())
                .isEqualTo(303);
    }
}
