package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (from npm, pinned in {@code src/test/browser/package-lock.json} and installed by
 * {@code npm ci} in the build) run on the whole page for WCAG 2.0 and 2.1, levels A and AA.
 */
final class Axe {
    private static final Path SCRIPT = Path.of("src", "test", "browser", "node_modules", "axe-core", "axe.min.js");
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + " axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })"
            + ".then(function (r) { done(r.violations.map(function (v) {"
            + "  return v.id + ' (' + v.impact + '): ' + v.help + '\\n' + v.nodes.map(function (n) {"
            + "    return '    ' + n.target.join(' ') + '\\n      ' + n.failureSummary.replace(/\\n/g, '\\n      ');"
            + "  }).join('\\n'); })); }, function (e) { done(['axe failed: ' + e]); });";

    private Axe() {
    }

    /** Runs axe on the page as it is now; fails listing every violation, each node and why. */
    static void assertNoViolations(WidgetPage page) {
        assertNoViolations(page.driver);
    }

    /** As above, for any page the driver shows (e.g. the agent console). */
    @SuppressWarnings("unchecked")
    static void assertNoViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source());
        List<String> violations = (List<String>) js.executeAsyncScript(RUN);
        violations.forEach(System.out::println);
        assertEquals(List.of(), violations, () -> "axe-core found WCAG 2.1 A/AA violations:\n" + String.join("\n", violations));
    }

    private static String source() {
        try {
            return Files.readString(SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException(SCRIPT + " is missing: the build runs npm ci in src/test/browser", e);
        }
    }
}
