package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat widget on a page, as a visitor sees and uses it: the launcher, the panel, the
 * messages, the quick replies. Waits explicitly for what should appear; a wait that runs out
 * fails with what the widget showed at the time.
 */
final class WidgetPage {
    static final By LAUNCHER = By.cssSelector(".sbw-launcher");
    static final By PANEL = By.cssSelector(".sbw-panel");
    static final By LOG = By.cssSelector(".sbw-log");
    static final By INPUT = By.cssSelector(".sbw-input");
    static final By PERSON = By.cssSelector(".sbw-person");
    static final By BADGE = By.cssSelector(".sbw-badge");
    static final By STATUS = By.cssSelector(".sbw-status");
    private static final String MESSAGES = "return Array.from(document.querySelectorAll('.sbw-log .sbw-msg')).map(function (m) {"
            + " return { author: (m.className.match(/sbw-(visitor|bot|agent|system)/) || [])[1],"
            + " text: m.querySelector('.sbw-text').textContent, seq: m.getAttribute('data-seq'),"
            + " pending: m.classList.contains('sbw-pending') }; });";

    /** One bubble in the log; {@code seq} is null while it is pending. */
    record Message(String author, String text, String seq, boolean pending) {
        boolean fromBot() {
            return "bot".equals(author);
        }

        boolean fromVisitor() {
            return "visitor".equals(author);
        }
    }

    final WebDriver driver;
    private final Duration patience;

    WidgetPage(Browser browser) {
        this(browser, Duration.ofSeconds(15));
    }

    WidgetPage(Browser browser, Duration patience) {
        this.driver = browser.driver;
        this.patience = patience;
    }

    /** Loads {@code url} and waits for the launcher. */
    WidgetPage load(String url) {
        driver.get(url);
        return awaitLauncher();
    }

    WidgetPage awaitLauncher() {
        await("the launcher", ExpectedConditions.visibilityOfElementLocated(LAUNCHER));
        return this;
    }

    /** Opens the chat with the launcher and waits for the panel. */
    WidgetPage open() {
        find(LAUNCHER).click();
        awaitOpen();
        return this;
    }

    void awaitOpen() {
        await("the chat panel", ExpectedConditions.visibilityOfElementLocated(PANEL));
    }

    /** Types {@code text} into the message box and presses Enter. */
    void send(String text) {
        WebElement input = find(INPUT);
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Every bubble in the log, in order. */
    @SuppressWarnings("unchecked")
    List<Message> messages() {
        List<Map<String, Object>> raw = (List<Map<String, Object>>) script(MESSAGES);
        return raw.stream().map(m -> new Message((String) m.get("author"), (String) m.get("text"),
                (String) m.get("seq"), Boolean.TRUE.equals(m.get("pending")))).toList();
    }

    /** Waits for a bot bubble containing {@code text}, stored (with a seq). */
    Message awaitBot(String text) {
        return awaitMessage("a bot message containing \"" + text + "\"", m -> m.fromBot() && m.text().contains(text));
    }

    /** Waits for the visitor's bubble with exactly {@code text}, acknowledged by the server. */
    Message awaitVisitor(String text) {
        return awaitMessage("the visitor's acknowledged message \"" + text + "\"",
                m -> m.fromVisitor() && m.text().equals(text) && !m.pending());
    }

    Message awaitMessage(String what, Predicate<Message> wanted) {
        return await(what, d -> messages().stream().filter(wanted).filter(m -> m.seq() != null).findFirst().orElse(null));
    }

    /** The labels of the quick-reply buttons shown now. */
    List<String> quickReplies() {
        return driver.findElements(By.cssSelector(".sbw-replies button")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    List<String> awaitQuickReplies() {
        return await("quick replies", d -> quickReplies().isEmpty() ? null : quickReplies());
    }

    void chooseQuickReply(String label) {
        driver.findElements(By.cssSelector(".sbw-replies button")).stream()
                .filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no quick reply " + label + " in " + quickReplies()))
                .click();
    }

    /** Fails unless every stored bubble has its own seq and the seqs rise in order. */
    void assertEachEventOnceInOrder() {
        List<Long> seqs = messages().stream().filter(m -> m.seq() != null).map(m -> Long.parseLong(m.seq())).toList();
        assertEquals(seqs.stream().sorted().distinct().toList(), seqs, "seqs of the bubbles: " + messages());
    }

    <T> T await(String what, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, patience).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + patience.toSeconds() + " s for " + what + "; the log shows " + messagesOrNone()
                    + ", quick replies " + quickRepliesOrNone(), e);
        }
    }

    private String messagesOrNone() {
        try {
            return messages().toString();
        } catch (RuntimeException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private String quickRepliesOrNone() {
        try {
            return quickReplies().toString();
        } catch (RuntimeException e) {
            return "(unreadable)";
        }
    }
}
