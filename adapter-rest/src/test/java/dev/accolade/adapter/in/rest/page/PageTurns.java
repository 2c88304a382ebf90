package dev.accolade.adapter.in.rest.page;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Clicks that leave a page, waiting until the browser shows the next one: the page being left is marked, and the
 * wait ends when the document no longer carries the mark. (Waiting for the old {@code html} element to go stale
 * fails on some Chromium versions, which report a node of a gone document as an inspector error instead.)
 */
final class PageTurns {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private PageTurns() {
    }

    /** Clicks the control and waits for the next page. */
    static void leave(ChromeDriver driver, WebElement control) {
        driver.executeScript("window.accoladeLeaving = true;");
        control.click();
        new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class).until(browser -> Boolean.TRUE.equals(
                ((JavascriptExecutor) browser).executeScript("return window.accoladeLeaving !== true"
                        + " && document.readyState === 'complete';")));
    }
}
