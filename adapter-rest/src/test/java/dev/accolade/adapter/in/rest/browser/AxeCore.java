package dev.accolade.adapter.in.rest.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core from npm (pinned in src/test/axe, installed with {@code npm ci} into target/axe), injected into a
 * page through WebDriver and run there. Without Node.js and npm the accessibility checks are skipped, unless
 * {@code ACCOLADE_REQUIRE_NODE=1} (as in CI) makes that a failure.
 */
public final class AxeCore {

    private static final Path SOURCES = Path.of("src", "test", "axe");
    private static final Path WORK = Path.of("target", "axe");
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + " axe.run(document, {resultTypes: ['violations']}).then(function (results) {"
            + " done(results.violations.filter(function (v) {"
            + " return v.impact === 'serious' || v.impact === 'critical'; }).map(function (v) {"
            + " return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {"
            + " return n.target.join(' '); }).join(', '); })); },"
            + " function (error) { done(['axe failed: ' + error]); });";

    private final String source;

    private AxeCore(String source) {
        this.source = source;
    }

    /** Installs axe-core once (again only when the lock file changed) and reads its script. */
    public static AxeCore install() {
        try {
            boolean required = "1".equals(System.getenv("ACCOLADE_REQUIRE_NODE"));
            boolean present = run(Path.of("."), "node", "--version") == 0 && run(Path.of("."), "npm", "--version") == 0;
            if (!present && required) {
                throw new IllegalStateException("Node.js and npm are required (ACCOLADE_REQUIRE_NODE=1) but not found");
            }
            assumeTrue(present, "Node.js and npm are not installed: the accessibility checks are skipped");
            Files.createDirectories(WORK);
            for (String file : List.of("package.json", "package-lock.json")) {
                Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            Path stamp = WORK.resolve("node_modules").resolve(".installed-lock");
            String lock = Files.readString(SOURCES.resolve("package-lock.json"));
            if (!Files.exists(stamp) || !Files.readString(stamp).equals(lock)) {
                if (run(WORK, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error") != 0) {
                    throw new IllegalStateException("npm ci of axe-core failed in " + WORK.toAbsolutePath());
                }
                Files.writeString(stamp, lock);
            }
            return new AxeCore(Files.readString(WORK.resolve("node_modules/axe-core/axe.min.js")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical violations axe finds on the page the browser shows, one line each. */
    public List<String> seriousViolations(JavascriptExecutor browser) {
        browser.executeScript(source);
        Object loaded = browser.executeScript("return typeof axe === 'object' && typeof axe.run === 'function';");
        if (!Boolean.TRUE.equals(loaded)) {
            throw new IllegalStateException("axe-core did not load into the page");
        }
        Object found = browser.executeAsyncScript(RUN);
        List<String> lines = new ArrayList<>();
        if (found instanceof List<?> list) {
            list.forEach(item -> lines.add(String.valueOf(item)));
        } else if (found instanceof Map<?, ?> map) {
            lines.add(map.toString());
        }
        return lines;
    }

    private static int run(Path directory, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException notInstalled) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
