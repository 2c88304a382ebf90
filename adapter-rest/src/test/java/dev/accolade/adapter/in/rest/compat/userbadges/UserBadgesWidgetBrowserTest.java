package dev.accolade.adapter.in.rest.compat.userbadges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.browser.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The embeddable widget in a real headless Chromium: a page served from another origin loads the
 * script from the server, which fills the marked elements with a user's badges. One browser session
 * serves every test of the class.
 */
class UserBadgesWidgetBrowserTest {

    private static final String KEY = "demo-secret";
    private static final String XSS = "<img src=x onerror=alert(1)>";

    private static UserBadgesClient api;
    private static PageServer pages;
    private static ChromeDriver browser;

    @BeforeAll
    static void serverPagesAndBrowser() {
        HeadlessChromium.requireInstalled();
        api = new UserBadgesClient(false);
        api.signingSecret(api.createService("demo"), KEY);
        write("/v1/demo/badges.json", "{\"badges\": [{\"name\": \"donated\", \"description\": \"Donated at least $5\","
                + " \"link\": \"/badges/donated\"}, {\"name\": \"popular\", \"description\": \"Post has at least 100"
                + " views\", \"link\": \"/badges/popular\"}, {\"name\": \"test1\"}, {\"name\": \"" + XSS + "\","
                + " \"link\": \"javascript:alert(2)\"}]}");
        write("/v1/demo/users/daniel.json", "{\"badges\": [\"donated\", \"donated\", \"popular\", \"test1\", \""
                + XSS + "\"]}");
        write("/v1/demo/users/bob.json", "{\"badges\": [\"donated\"]}");
        pages = new PageServer();
        Path profile = HeadlessChromium.newProfile();
        browser = HeadlessChromium.start(profile);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (pages != null) {
            pages.close();
        }
        if (api != null) {
            api.close();
        }
    }

    private static void write(String path, String body) {
        assertThat(api.send("PUT", UserBadgesClient.BASE + path, KEY, body).status()).isEqualTo(200);
    }

    /** A page that traps alert(), loads the widget and its theme from the API's origin, then the body. */
    private static String page(String body) {
        String base = "http://127.0.0.1:" + api.port() + UserBadgesClient.BASE;
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>widget</title>"
                + "<script>window.alerted = false; window.alert = function () { window.alerted = true; };</script>"
                + "<link href=\"" + base + "/themes/stackoverflow.css\" rel=\"stylesheet\" type=\"text/css\"/>"
                + "<script src=\"" + base + "/userbadges.js\"></script></head><body>" + body + "</body></html>";
    }

    /** Opens the page and waits until every widget element has been filled. */
    private static List<WebElement> open(String path, String body) {
        browser.get(pages.serve(path, page(body)));
        List<WebElement> widgets = browser.findElements(By.cssSelector(".userbadges"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> widgets.stream()
                .allMatch(widget -> "done".equals(widget.getDomAttribute("data-userbadges-state"))));
        return widgets;
    }

    @Test
    void a_page_from_another_origin_shows_the_users_badges_with_counts() {
        WebElement widget = open("/badges.html",
                "<span class=\"userbadges\" data-service=\"demo\" data-user=\"daniel\"></span>"
                + "<div class=\"userbadges\" data-service=\"demo\" data-user=\"bob\"></div>").get(0);

        WebElement donated = widget.findElement(By.cssSelector("span.userbadge.donated"));
        WebElement name = donated.findElement(By.cssSelector("a span.name"));
        assertThat(name.getText()).isEqualTo("donated");
        assertThat(name.getDomAttribute("title")).isEqualTo("Donated at least $5");
        assertThat(donated.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("/badges/donated");
        assertThat(donated.findElement(By.cssSelector("span.count")).getText()).isEqualTo("x2");
        WebElement popular = widget.findElement(By.cssSelector("span.userbadge.popular"));
        assertThat(popular.findElements(By.cssSelector("span.count"))).isEmpty();
        WebElement unlinked = widget.findElement(By.cssSelector("span.userbadge.test1"));
        assertThat(unlinked.getText()).as("the specification's <span class=\"userbadge test1\" title=\"\">test1</span>")
                .isEqualTo("test1");
        assertThat(unlinked.getDomAttribute("title")).isEmpty();
        assertThat(unlinked.findElements(By.xpath("./*"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("div.userbadges span.userbadge"))).hasSize(1);
    }

    @Test
    void a_badge_named_like_markup_shows_as_text_and_runs_nothing() {
        WebElement widget = open("/xss.html",
                "<span class=\"userbadges\" data-service=\"demo\" data-user=\"daniel\"></span>").get(0);

        List<String> names = widget.findElements(By.cssSelector("span.userbadge")).stream().map(WebElement::getText)
                .toList();
        assertThat(names).contains(XSS);
        assertThat(widget.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(browser.executeScript("return window.alerted;")).isEqualTo(false);
    }

    @Test
    void an_overridden_render_badge_is_used_and_its_strings_are_escaped() {
        WebElement list = open("/override.html",
                "<ul class=\"userbadges\" data-service=\"demo\" data-user=\"daniel\"></ul>"
                + "<script type=\"text/javascript\">\nUserBadges.renderBadge = function (badge) {\n"
                + "    return '<li><span class=\"userbadge\">' + badge.name + '</span></li>'\n};\n</script>"
                + "<ul class=\"userbadges\" id=\"figures\" data-service=\"demo\" data-user=\"bob\"></ul>").get(0);

        List<String> items = list.findElements(By.cssSelector("li > span.userbadge")).stream()
                .map(WebElement::getText).toList();
        assertThat(items).containsExactly("donated", "popular", "test1", XSS);
        assertThat(list.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.executeScript("return window.alerted;")).isEqualTo(false);
    }

    @Test
    void the_badge_object_carries_custom_fields_and_the_users_and_global_figures() {
        open("/figures.html", "<div class=\"userbadges\" data-service=\"demo\" data-user=\"bob\"></div>"
                + "<script>UserBadges.renderBadge = function (badge) {\n"
                + "    var node = document.createElement('span');\n"
                + "    node.className = 'figures';\n"
                + "    node.textContent = [badge.name, badge.link, badge.count, badge.globalCount,"
                + " badge.latest === badge.globalLatest].join('|');\n"
                + "    return node;\n};</script>");

        assertThat(browser.findElement(By.cssSelector("span.figures")).getText())
                .isEqualTo("donated|/badges/donated|1|3|true");
    }
}
