package org.switchboard.server.widget;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent console ({@code /staff/console/}) as a member of staff uses it: sign in, the line,
 * the transcript, the reply box and the actions. Waits explicitly; a wait that runs out fails
 * with what the console showed at the time.
 */
final class ConsolePage {
    static final String PATH = "/staff/console/";
    private static final String EVENTS = "return Array.from(document.querySelectorAll('#transcript .event')).map(function (e) {"
            + " return { author: e.className.replace('event ', ''), text: e.querySelector('.text').textContent,"
            + " html: e.querySelector('.text').innerHTML }; });";

    /** One line of the transcript as shown: the author's class, its text, and its markup. */
    record Line(String author, String text, String html) {
    }

    final WebDriver driver;
    private final Duration patience = Duration.ofSeconds(20);

    ConsolePage(Browser browser) {
        this.driver = browser.driver;
    }

    /** Opens the console, is sent to the login page, signs in and waits for the console to connect. */
    ConsolePage signIn(String baseUrl, String login, String password) {
        driver.get(baseUrl + PATH);
        await("the login page", ExpectedConditions.urlContains("/login?next="));
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        await("the console after signing in", ExpectedConditions.urlToBe(baseUrl + PATH));
        await("the console connected", ExpectedConditions.textToBe(By.id("connection"), "Connected"));
        return this;
    }

    String agentName() {
        return text(By.id("agent-name"));
    }

    void setAvailable() {
        WebElement box = driver.findElement(By.id("available"));
        if (!box.isSelected()) {
            box.click();
        }
        await("available", d -> box.isSelected() && text(By.id("announce")).contains("available") ? true : null);
    }

    /** Waits for a waiting chat whose first message contains {@code text}; returns the queue entry. */
    WebElement awaitQueueEntry(String text) {
        return await("a waiting chat with \"" + text + "\"", d -> d.findElements(By.cssSelector("#queue li.entry")).stream()
                .filter(e -> e.findElement(By.cssSelector(".first")).getText().contains(text)).findFirst().orElse(null));
    }

    List<String> queueTexts() {
        return driver.findElements(By.cssSelector("#queue li.entry")).stream().map(WebElement::getText).toList();
    }

    void take(WebElement entry) {
        entry.findElement(By.cssSelector("button.take")).click();
        await("the chat view", ExpectedConditions.visibilityOfElementLocated(By.id("transcript")));
    }

    /** The id of the chat shown, from its heading "Chat N". */
    long conversationId() {
        String heading = await("a chat heading", d -> {
            String h = text(By.id("chat-heading"));
            return h.matches("Chat \\d+") ? h : null;
        });
        return Long.parseLong(heading.substring(5));
    }

    @SuppressWarnings("unchecked")
    List<Line> transcript() {
        List<Map<String, Object>> raw = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(EVENTS);
        return raw.stream().map(m -> new Line((String) m.get("author"), (String) m.get("text"), (String) m.get("html"))).toList();
    }

    Line awaitLine(String author, String text) {
        return await(author + " saying \"" + text + "\"", d -> transcript().stream()
                .filter(l -> l.author().equals(author) && l.text().contains(text)).findFirst().orElse(null));
    }

    String facts() {
        return text(By.id("facts"));
    }

    /** Types into the reply box without sending. */
    void type(String text) {
        driver.findElement(By.id("reply")).sendKeys(text);
    }

    /** Types {@code text} and presses Enter. */
    void send(String text) {
        WebElement box = driver.findElement(By.id("reply"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    String replyBox() {
        return driver.findElement(By.id("reply")).getAttribute("value");
    }

    void awaitReplyBox(String expected) {
        await("the reply box to read \"" + expected + "\"", d -> expected.equals(replyBox()) ? true : null);
    }

    String awaitTone() {
        await("the tone guard", ExpectedConditions.visibilityOfElementLocated(By.id("tone")));
        return text(By.id("tone-text"));
    }

    void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    void awaitTyping(String text) {
        await("the typing line \"" + text + "\"", ExpectedConditions.textToBe(By.id("typing"), text));
    }

    /** Searches the FAQ answers and inserts the first into the reply box. */
    void insertCanned(String query) {
        driver.findElement(By.id("canned-query")).sendKeys(query, Keys.ENTER);
        await("an FAQ answer", ExpectedConditions.elementToBeClickable(By.cssSelector("#canned-results button.insert"))).click();
    }

    void transfer(String team, String note) {
        new Select(driver.findElement(By.id("transfer-team"))).selectByValue(team);
        driver.findElement(By.id("transfer-note")).sendKeys(note);
        driver.findElement(By.cssSelector("#transfer-form button[type=submit]")).click();
    }

    void close(String resolution) {
        new Select(driver.findElement(By.id("resolution"))).selectByValue(resolution);
        driver.findElement(By.cssSelector("#close-form button[type=submit]")).click();
    }

    /** Waits until the chat shown is no longer the agent's to answer (transferred, closed). */
    void awaitEnded() {
        await("the chat to end", d -> !d.findElement(By.id("reply")).isEnabled() ? true : null);
    }

    String text(By by) {
        return driver.findElement(by).getText();
    }

    <T> T await(String what, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, patience).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + patience.toSeconds() + " s for " + what + " at " + driver.getCurrentUrl()
                    + "; the console shows: " + bodyOrNone(), e);
        }
    }

    private String bodyOrNone() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
