package dev.accolade.adapter.in.rest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pages' frame over real HTTP: headers, escaping, cookies, CSRF refusals and HTML error pages. */
class PageFrameworkTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";

    private final GrantFixture fixture = new GrantFixture();
    private final PageClient browser = new PageClient(fixture.server.port());

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void every_page_carries_a_policy_without_inline_scripts_and_the_other_security_headers() {
        for (String path : List.of("/", "/sign-in", "/badges/nothing")) {
            HttpResponse<String> page = browser.get(path);

            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).doesNotContain("<script>");
        }
    }

    @Test
    void a_template_titled_like_markup_shows_as_text() {
        Issuer issuer = fixture.issuer("acme");
        fixture.template(issuer, XSS, true, false);

        String home = browser.get("/").body();

        assertThat(home).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(XSS);
    }

    @Test
    void a_post_without_or_with_a_wrong_token_gets_a_403_page_and_signs_nobody_in() {
        fixture.member("ada@example.org");
        browser.get("/sign-in");

        HttpResponse<String> missing = browser.postRaw("/sign-in", Map.of("email", "ada@example.org",
                "password", GrantFixture.PASSWORD));
        HttpResponse<String> wrong = browser.postRaw("/sign-in", Map.of("email", "ada@example.org",
                "password", GrantFixture.PASSWORD, "csrf", "0".repeat(64)));

        for (HttpResponse<String> refused : List.of(missing, wrong)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(refused.body()).contains("csrf_token_invalid");
            assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("accolade_session="));
        }
    }

    @Test
    void signing_in_sets_an_http_only_lax_session_cookie_and_signing_out_clears_it() {
        fixture.member("ada@example.org");

        HttpResponse<String> signedIn = browser.signIn("ada@example.org", GrantFixture.PASSWORD);
        String home = browser.get("/").body();
        HttpResponse<String> signedOut = browser.post("/sign-out", Map.of());

        assertThat(signedIn.statusCode()).isEqualTo(303);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("accolade_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(home).contains("Sign out");
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(browser.get("/").body()).contains("Sign in").doesNotContain("Sign out");
    }

    @Test
    void behind_an_https_public_url_the_cookies_are_secure() {
        try (TestServer secure = TestServer.start(fixture.accolade, TestServer.freePort(), "https://badges.example")) {
            PageClient client = new PageClient(secure.port());

            HttpResponse<String> signIn = client.get("/sign-in");

            assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                    .startsWith("accolade_csrf=").contains("HttpOnly", "SameSite=Lax", "Secure"));
        }
    }

    @Test
    void a_wrong_password_shows_the_form_again_with_a_message() {
        fixture.member("ada@example.org");

        HttpResponse<String> refused = browser.signIn("ada@example.org", "not the password");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("do not match", "value=\"ada@example.org\"");
    }

    @Test
    void unknown_pages_and_bad_input_are_html_error_pages_never_a_500() {
        HttpResponse<String> missing = browser.get("/badges/nothing-here");
        HttpResponse<String> badSearch = browser.get("/?q=" + "x".repeat(300));
        HttpResponse<String> asset = browser.get("/assets/RestServer.class");
        HttpResponse<String> climbing = browser.get("/assets/..%2F..%2Fetc%2Fpasswd");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found");
        assertThat(badSearch.statusCode()).isEqualTo(400);
        assertThat(badSearch.body()).contains("<html");
        assertThat(asset.statusCode()).isEqualTo(404);
        assertThat(climbing.statusCode()).isBetween(400, 404);
        assertThat(browser.get("/assets/site.css").headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/css");
    }
}
