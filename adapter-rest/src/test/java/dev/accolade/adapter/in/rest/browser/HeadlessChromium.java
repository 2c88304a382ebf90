package dev.accolade.adapter.in.rest.browser;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its driver, started headless for a test with a fresh profile and nothing
 * fetched from the network. Where they are not installed, browser tests are skipped, unless
 * {@code ACCOLADE_REQUIRE_BROWSER=1} (as in CI) makes that a failure. Shared by the widget's and the pages'
 * browser tests.
 */
public final class HeadlessChromium {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final String REQUIRE_VARIABLE = "ACCOLADE_REQUIRE_BROWSER";

    private HeadlessChromium() {
    }

    /** Skips the test, or fails it when the browser is required, unless Chromium and its driver are installed. */
    public static void requireInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String advice = BROWSER + " and " + DRIVER + " are needed (apt-get install chromium chromium-driver)";
        if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
            if (!installed) {
                fail("The browser tests are required (" + REQUIRE_VARIABLE + "=1) but " + advice + ".");
            }
            return;
        }
        assumeTrue(installed, "Browser tests skipped: " + advice + "; set " + REQUIRE_VARIABLE
                + "=1 to require them.");
    }

    /** A new headless browser session with a fresh profile in this directory. */
    public static ChromeDriver start(Path profile) {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** A fresh, empty profile directory. */
    public static Path newProfile() {
        try {
            return Files.createTempDirectory("accolade-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
