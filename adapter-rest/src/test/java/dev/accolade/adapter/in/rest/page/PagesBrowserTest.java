package dev.accolade.adapter.in.rest.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.browser.AxeCore;
import dev.accolade.adapter.in.rest.browser.HeadlessChromium;
import dev.accolade.application.member.ConfirmRegistrationCommand;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.Registration;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.template.TemplateId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages in a real headless Chromium: each fits a 375 px phone without sideways scrolling, has no
 * serious or critical axe-core violation, and is photographed at phone and desktop width (target/
 * page-screenshots); a member signs in through the form; markup in a title stays text; a forged form is
 * refused. One server and one browser serve every test.
 */
class PagesBrowserTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";
    private static final int PHONE = 375;
    private static final int DESKTOP = 1280;
    private static final Path SCREENSHOTS = Path.of("target", "page-screenshots");

    private static GrantFixture fixture;
    private static ChromeDriver browser;
    private static AxeCore axe;
    private static String base;
    private static String badgePage;
    private static String xssBadgePage;
    private static String awardPage;
    private static long ada;

    @BeforeAll
    static void aServerWithBadgesAndABrowser() {
        HeadlessChromium.requireInstalled();
        axe = AxeCore.install();
        fixture = GrantFixture.issuingCredentials();
        base = fixture.publicUrl();
        Issuer acme = fixture.issuer("acme");
        long badge = fixture.template(acme, "Crème brûlée, the long way round: a badge with a rather long title",
                true, false);
        long xss = fixture.template(acme, XSS, true, false);
        ada = member("ada@example.org", "Ada Lovelace");
        JsonNode award = fixture.server.post("/v1/templates/" + badge + "/awards", acme.key(), "{\"recipient\":"
                + "{\"member_id\":" + ada + "},\"evidence\":{\"narrative\":\"Baked twelve in a row\",\"links\":"
                + "[\"https://evidence.example/a-very-long-path/that-goes-on-and-on-without-a-break\"]}}").json()
                .path("data");
        fixture.award(xss, acme.key(), "{\"member_id\":" + ada + "}");
        badgePage = "/badges/" + publicIdOf(badge);
        xssBadgePage = "/badges/" + publicIdOf(xss);
        awardPage = award.path("page_url").asText().substring(base.length());
        browser = HeadlessChromium.start(HeadlessChromium.newProfile());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void signedOutAtPhoneWidth() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(PHONE, 812));
    }

    @Test
    void every_page_fits_a_phone_has_no_serious_accessibility_violation_and_is_photographed() {
        List<String> pages = List.of("/", "/?q=cr%C3%A8me", "/issuers/acme", badgePage, xssBadgePage, awardPage,
                "/profiles/member%3A" + ada, "/sign-in", "/register", "/confirm", "/badges/no-such-badge");
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            String name = page.equals("/") ? "home" : page.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
            browser.manage().window().setSize(new Dimension(PHONE, 812));
            browser.get(base + page);
            long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            if (scrollWidth > PHONE) {
                problems.add(page + " scrolls sideways at " + PHONE + " px: " + scrollWidth + " px wide");
            }
            axe.seriousViolations(browser).forEach(violation -> problems.add(page + ": " + violation));
            screenshot(name + "-phone");
            browser.manage().window().setSize(new Dimension(DESKTOP, 900));
            browser.get(base + page);
            screenshot(name + "-desktop");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_member_signs_in_through_the_form_and_finds_their_profile() {
        browser.get(base + "/sign-in");
        browser.findElement(By.id("email")).sendKeys("ada@example.org");
        browser.findElement(By.id("password")).sendKeys(GrantFixture.PASSWORD);
        leaveBy(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Sign out']"))).hasSize(1);
        leaveBy(By.linkText("Ada Lovelace"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ada Lovelace");
        assertThat(browser.getPageSource()).contains("This is your public profile").doesNotContain("ada@example.org");
        screenshot("signed-in-profile-phone");
    }

    @Test
    void a_title_written_as_markup_shows_as_text_and_adds_no_element() {
        for (String page : List.of(xssBadgePage, "/", "/profiles/member%3A" + ada)) {
            browser.get(base + page);

            assertThat(browser.findElements(By.cssSelector("img[src='x']"))).as(page).isEmpty();
            assertThat(browser.findElement(By.tagName("body")).getText()).as(page).contains(XSS);
        }
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotEqualTo(XSS);
        browser.get(base + xssBadgePage);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(XSS);
    }

    @Test
    void a_form_with_a_forged_token_is_refused_and_signs_nobody_in() {
        browser.get(base + "/sign-in");
        browser.executeScript("document.querySelector('main input[name=csrf]').value = 'forged';");
        browser.findElement(By.id("email")).sendKeys("ada@example.org");
        browser.findElement(By.id("password")).sendKeys(GrantFixture.PASSWORD);
        leaveBy(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.getPageSource()).contains("csrf_token_invalid", "Not allowed");
        browser.get(base + "/");
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Sign out']"))).isEmpty();
    }

    @Test
    void the_copy_link_button_appears_only_with_the_script() {
        browser.get(base + awardPage);

        assertThat(browser.findElement(By.cssSelector("button[data-copy]")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("award-state")).getText()).isEqualTo("verified");
    }

    /** Clicks what leaves the page, and waits until the browser shows the next one. */
    private static void leaveBy(By control) {
        PageTurns.leave(browser, browser.findElement(control));
    }

    private static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long member(String email, String name) {
        Registration registration = fixture.accolade.members().registerMember(new RegisterMemberCommand(
                Actor.operator(), new MemberDetails(email, GrantFixture.PASSWORD, name, null, null)));
        fixture.accolade.members().confirmRegistration(new ConfirmRegistrationCommand(
                registration.confirmationToken().orElseThrow()));
        return registration.member().id().value();
    }

    private static String publicIdOf(long template) {
        return fixture.store.transactions().readOnly(() -> fixture.store.templates().findById(new TemplateId(template)))
                .orElseThrow().publicId().value();
    }
}
