package dev.accolade.adapter.in.rest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.browser.AxeCore;
import dev.accolade.adapter.in.rest.browser.HeadlessChromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium walking the work pages as their users do: signing in through the forms, switching
 * people by clearing the cookies, and checking each page it is asked to at a phone's and a desktop's width
 * (a screenshot of each under target/page-screenshots, no horizontal scrolling at 375 px, no serious or
 * critical axe-core violation).
 */
final class WorkBrowser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "page-screenshots");
    private static final int PHONE = 375;
    private static final int DESKTOP = 1280;

    private final String base;
    private final ChromeDriver driver;
    private final AxeCore axe;

    WorkBrowser(String base) {
        HeadlessChromium.requireInstalled();
        this.axe = AxeCore.install();
        this.base = base;
        this.driver = HeadlessChromium.start(HeadlessChromium.newProfile());
        desktop();
    }

    /** Opens a page of the server. */
    WorkBrowser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Forgets whoever was signed in, member or operator. */
    WorkBrowser nobody() {
        for (String path : List.of("/moderation", "/")) {
            open(path);
            driver.manage().deleteAllCookies();
        }
        return this;
    }

    /** Signs a member in through the sign-in form. */
    WorkBrowser signIn(String email, String password) {
        nobody().open("/sign-in");
        type("#email", email).type("#password", password);
        return submit("main form button[type=submit]");
    }

    /** Types into a field, replacing what it held. */
    WorkBrowser type(String css, String text) {
        WebElement field = driver.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks the first element that matches, such as a checkbox, staying on the page. */
    WorkBrowser click(String css) {
        driver.findElement(By.cssSelector(css)).click();
        return this;
    }

    /** Clicks the first button or link that matches and waits for the next page. */
    WorkBrowser submit(String css) {
        return leaving(driver.findElement(By.cssSelector(css)));
    }

    /** Clicks a button or link that matches within the list item that shows this text, and waits for the next page. */
    WorkBrowser submitIn(String itemText, String css) {
        WebElement item = driver.findElements(By.cssSelector("main li")).stream()
                .filter(candidate -> candidate.getText().contains(itemText)).findFirst().orElseThrow();
        return leaving(item.findElement(By.cssSelector(css)));
    }

    /** Follows the link with this text and waits for the next page. */
    WorkBrowser follow(String text) {
        return leaving(driver.findElement(By.linkText(text)));
    }

    private WorkBrowser leaving(WebElement control) {
        PageTurns.leave(driver, control);
        return this;
    }

    /** The text the page shows. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The path of the page shown. */
    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** The elements that match. */
    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Runs a script in the page, as a user with developer tools could. */
    Object script(String source) {
        return driver.executeScript(source);
    }

    /**
     * Checks the page shown: screenshots at both widths, no horizontal scrolling on a phone, and no serious
     * or critical accessibility violation.
     */
    WorkBrowser check(String name) {
        assertThat(axe.seriousViolations(driver)).as("axe-core on " + name + " (" + path() + ")").isEmpty();
        driver.manage().window().setSize(new Dimension(PHONE, 900));
        Object wide = driver.executeScript("return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth;");
        screenshot(name + "-" + PHONE);
        assertThat(((Number) wide).intValue()).as("horizontal overflow at 375 px on " + name).isLessThanOrEqualTo(0);
        desktop();
        screenshot(name + "-" + DESKTOP);
        return this;
    }

    private void desktop() {
        driver.manage().window().setSize(new Dimension(DESKTOP, 900));
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
