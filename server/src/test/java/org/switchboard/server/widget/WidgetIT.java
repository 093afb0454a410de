package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.server.widget.ConfigTexts.label;
import static org.switchboard.server.widget.ConfigTexts.phrase;
import static org.switchboard.server.widget.ConfigTexts.phraseStart;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.switchboard.server.widget.WidgetPage.Message;

/**
 * The real widget in headless Chromium against the real server (the shaded jar), on the demo
 * page: one server for the class, a fresh browser profile for each test. The team is at work
 * around the clock here, so no away notice comes between a question and its answer.
 */
class WidgetIT {
    private static final String QUESTION = "how do I reset my password";
    private static final String QUESTION_AR = "كيف أعيد تعيين كلمة المرور";

    @TempDir
    static Path temp;
    static RunningServer server;

    Browser browser;
    WidgetPage page;

    @BeforeAll
    static void startServer() {
        server = RunningServer.start(temp.resolve("data"), ConfigCopy.withHours(temp.resolve("config"), ConfigCopy.ALWAYS_OPEN));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        page = new WidgetPage(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private String demo(String language) {
        return server.url() + "/?lang=" + language;
    }

    @Test
    void servesTheScriptAndStyleSheetAsUtf8TextWithNosniff() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(); // as browsers: no h2c upgrade
        for (String[] asset : new String[][] {{"switchboard.js", "text/javascript;charset=utf-8"}, {"switchboard.css", "text/css;charset=utf-8"}}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/widget/" + asset[0])).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), asset[0]);
            assertEquals(asset[1], response.headers().firstValue("content-type").orElse(""), asset[0]);
            assertEquals("nosniff", response.headers().firstValue("x-content-type-options").orElse(""), asset[0]);
        }
    }

    @Test
    void answersAQuestionWithALinkThenTakesAQuickReply() {
        page.load(demo("en")).open();
        page.awaitBot(phraseStart("en", "greeting"));
        page.send(QUESTION);

        page.awaitVisitor(QUESTION);
        page.awaitBot("We email you a link that works for 1 hour");
        WebElement link = page.find(By.cssSelector(".sbw-log .sbw-bot a[href='https://acme.example/reset']"));
        assertEquals("Reset your password", link.getText());
        assertEquals("noopener noreferrer", link.getAttribute("rel"));
        assertEquals("_blank", link.getAttribute("target"));
        Message ask = page.awaitBot(phrase("en", "helpful.ask"));
        assertEquals(List.of(phrase("en", "helpful.yes_label"), phrase("en", "helpful.no_label")), page.awaitQuickReplies());

        page.chooseQuickReply(phrase("en", "helpful.yes_label"));
        Message yes = page.awaitVisitor(phrase("en", "helpful.yes_label"));
        Message glad = page.awaitBot(phraseStart("en", "helpful.glad"));
        assertTrue(Long.parseLong(ask.seq()) < Long.parseLong(yes.seq()) && Long.parseLong(yes.seq()) < Long.parseLong(glad.seq()),
                "question, choice and reply out of order: " + page.messages());
        assertEquals(List.of(), page.quickReplies(), "the chosen quick replies must be gone");
        page.assertEachEventOnceInOrder();
    }

    @Test
    void whileTheBotWorksOnAMessageTheWidgetShowsItTypingUntilTheAnswer() {
        page.load(demo("en")).open();
        page.awaitBot(phraseStart("en", "greeting"));
        By typing = By.cssSelector(".sbw-typing");
        assertFalse(page.find(typing).isDisplayed(), "no typing before a question");
        server.pause(); // a slow server: the question waits, unacknowledged
        try {
            page.send(QUESTION);
            page.await("the bot typing", ExpectedConditions.visibilityOfElementLocated(typing));
            assertEquals("Sam is typing\u2026", page.find(typing).getText());
        } finally {
            server.resume();
        }
        page.awaitBot("We email you a link that works for 1 hour");
        page.await("the typing gone with the answer", ExpectedConditions.invisibilityOfElementLocated(typing));
        page.assertEachEventOnceInOrder();
    }

    @Test
    void reloadShowsTheSameHistoryEachMessageOnce() {
        page.load(demo("en")).open();
        page.awaitBot(phraseStart("en", "greeting"));
        page.send(QUESTION);
        page.awaitBot(phrase("en", "helpful.ask"));
        page.awaitQuickReplies();
        List<Message> before = page.messages();

        page.driver.navigate().refresh();
        page.awaitLauncher().awaitOpen(); // it stays open across pages
        page.await("the history again", d -> page.messages().size() >= before.size() ? true : null);

        assertEquals(before, page.messages());
        assertEquals(List.of(phrase("en", "helpful.yes_label"), phrase("en", "helpful.no_label")), page.awaitQuickReplies());
        assertEquals(1, page.messages().stream().filter(m -> m.text().equals(QUESTION)).count());
        page.assertEachEventOnceInOrder();
    }

    @Test
    void arabicIsRightToLeftWithArabicGreetingAndLabels() {
        page.load(demo("ar")).open();
        page.awaitBot(phraseStart("ar", "greeting"));

        WebElement root = page.find(By.cssSelector(".sbw"));
        assertEquals("rtl", root.getAttribute("dir"));
        assertEquals("ar", root.getAttribute("lang"));
        assertEquals(label("ar", "person"), page.find(WidgetPage.PERSON).getText());
        assertEquals(label("ar", "title"), page.find(By.cssSelector(".sbw-title")).getText());
        assertEquals(label("ar", "placeholder"), page.find(WidgetPage.INPUT).getAttribute("placeholder"));
        assertEquals(label("ar", "title"), page.find(WidgetPage.PANEL).getAccessibleName(), "the dialog's name");
        WebElement log = page.find(WidgetPage.LOG);
        assertEquals("log", log.getAttribute("role"));
        assertEquals("polite", log.getAttribute("aria-live"));
        WebElement launcher = page.find(WidgetPage.LAUNCHER);
        WebElement panel = page.find(WidgetPage.PANEL);
        assertTrue(launcher.getRect().getX() < 400, "the launcher sits in the left corner in RTL: " + launcher.getRect());
        assertTrue(panel.getRect().getX() < 400, "the panel opens on the left in RTL: " + panel.getRect());
    }

    @Test
    void visitorMarkupIsShownAsTextAndNeverRuns() {
        String attack = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";
        page.load(demo("en")).open();
        page.awaitBot(phraseStart("en", "greeting"));
        page.send(attack);

        Message shown = page.awaitVisitor(attack);
        page.awaitMessage("the bot's reply to it", m -> m.fromBot() && Long.parseLong(m.seq()) > Long.parseLong(shown.seq()));
        assertNull(page.script("return window.__pwned"));
        assertEquals(0L, page.script("return document.querySelectorAll('.sbw-log script, .sbw-log img').length"));
    }

    @Test
    void talkToAPersonIsThereBeforeTheFirstQuestionAndHandsOff() {
        page.load(demo("en")).open();
        WebElement person = page.find(WidgetPage.PERSON);
        assertTrue(person.isDisplayed() && person.isEnabled(), "Talk to a person must be shown at once");
        assertEquals(label("en", "person"), person.getText());
        page.awaitBot(phraseStart("en", "greeting"));

        person.click();
        page.awaitBot(phrase("en", "handoff.visitor_asked"));
        assertEquals(0, page.messages().stream().filter(Message::fromVisitor).count(), "the button is not a visitor message");
    }

    /** End chat, the survey's rating and optional comment, then a new message that reopens the chat. */
    @Test
    void endChatAsksTheSurveyThenTheCommentThenChatsOnWithEachMessageOnce() {
        page.load(demo("en")).open();
        page.awaitBot(phraseStart("en", "greeting"));
        page.send(QUESTION);
        page.awaitBot(phrase("en", "helpful.ask"));

        page.find(By.cssSelector(".sbw-end")).click();
        page.awaitBot(phrase("en", "closing.thanks"));
        page.awaitBot(phrase("en", "survey.ask"));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), page.awaitQuickReplies());
        page.chooseQuickReply("8");
        page.awaitVisitor("8");
        page.awaitBot(phrase("en", "survey.ask_comment"));
        WebElement input = page.find(WidgetPage.INPUT);
        assertEquals(label("en", "comment_placeholder"), input.getAttribute("placeholder"));

        page.send("Quick and clear");
        page.awaitVisitor("Quick and clear");
        page.awaitBot(phrase("en", "survey.thanks")); // the bot took it as the survey's comment
        assertEquals(label("en", "placeholder"), input.getAttribute("placeholder"));

        page.send("thanks");
        page.awaitBot(phrase("en", "thanks.reply"));
        assertEquals(1, page.messages().stream().filter(m -> m.text().equals("thanks")).count(), page.messages().toString());
        page.assertEachEventOnceInOrder();
    }

    @Test
    void aTooLongMessageIsRefusedPolitelyAndMarkedNotSent() {
        page.load(demo("en")).open();
        page.awaitBot(phraseStart("en", "greeting"));
        WebElement input = page.find(WidgetPage.INPUT);
        assertEquals("4096", input.getAttribute("maxlength"));

        page.script("arguments[0].removeAttribute('maxlength'); arguments[0].value = 'x'.repeat(4097);", input);
        input.sendKeys(Keys.ENTER);
        String notice = label("en", "too_long").replace("{max}", "4096");
        page.await("the too_long notice", d -> notice.equals(page.find(By.cssSelector(".sbw-notice")).getText()) ? true : null);
        WebElement bubble = page.find(By.cssSelector(".sbw-log .sbw-failed"));
        assertEquals(label("en", "not_sent"), bubble.findElement(By.cssSelector(".sbw-meta")).getText());
    }

    @Test
    void forgetsAConversationTheServerDoesNotKnowAndStartsANewOne() {
        page.load(demo("en"));
        page.script("localStorage.setItem('switchboard:demo', JSON.stringify({ token: 'no-such-conversation', seq: 7, open: true }))");
        page.driver.navigate().refresh();
        page.awaitLauncher().awaitOpen();

        page.awaitBot(phraseStart("en", "greeting"));
        String stored = (String) page.script("return JSON.parse(localStorage.getItem('switchboard:demo')).token");
        assertNotEquals("no-such-conversation", stored);
        assertEquals(43, stored.length(), "a new token, 256 bits in URL-safe base64: " + stored);
    }

    @Test
    void unreadBadgeCountsRepliesWhileMinimisedAndClearsOnOpen() {
        page.load(demo("en")).open();
        page.awaitBot(phraseStart("en", "greeting"));
        page.find(WidgetPage.INPUT).sendKeys(QUESTION);
        // Send and minimise in one task, before any reply can arrive.
        page.script("document.querySelector('.sbw-send').click(); document.querySelector('.sbw-min').click();");
        assertFalse(page.find(WidgetPage.PANEL).isDisplayed());

        Message question = page.awaitVisitor(QUESTION);
        page.awaitBot(phrase("en", "helpful.ask"));
        long replies = page.messages().stream().filter(m -> m.fromBot() && Long.parseLong(m.seq()) > Long.parseLong(question.seq())).count();
        assertTrue(replies >= 2, "an answer and a question: " + page.messages());
        WebElement badge = page.find(WidgetPage.BADGE);
        page.await("the badge to count " + replies, d -> badge.getText().equals(Long.toString(replies)) ? true : null);
        WebElement launcher = page.find(WidgetPage.LAUNCHER);
        assertTrue(launcher.getAccessibleName().contains(label("en", "unread").replace("{count}", Long.toString(replies))),
                launcher.getAccessibleName());

        launcher.click();
        page.awaitOpen();
        assertFalse(badge.isDisplayed());
        assertEquals(label("en", "launcher"), launcher.getAccessibleName().trim());
    }

    @Test
    void worksWithTheKeyboardAlone() {
        page.load(demo("en"));
        Actions keys = new Actions(page.driver);
        for (int i = 0; i < 40 && !activeHas("sbw-launcher"); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertTrue(activeHas("sbw-launcher"), "Tab never reached the launcher");
        assertNotEquals("none", page.script("return getComputedStyle(document.activeElement).outlineStyle"), "no visible focus");

        keys.sendKeys(Keys.ENTER).perform();
        page.awaitOpen();
        assertTrue(activeHas("sbw-input"), "opening puts the focus in the message box");
        page.awaitBot(phraseStart("en", "greeting"));
        keys.sendKeys("line one").keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).sendKeys("line two").perform();
        assertEquals(0, page.messages().stream().filter(Message::fromVisitor).count(), "Shift+Enter must not send");
        keys.sendKeys(Keys.ENTER).perform();
        page.awaitVisitor("line one\nline two");

        keys.sendKeys(QUESTION, Keys.ENTER).perform();
        page.awaitBot(phrase("en", "helpful.ask"));
        keys.sendKeys(Keys.ESCAPE).perform();
        page.await("the panel to close", d -> page.find(WidgetPage.PANEL).isDisplayed() ? null : true);
        assertTrue(activeHas("sbw-launcher"), "Escape returns the focus to the launcher");
        assertEquals("false", page.find(WidgetPage.LAUNCHER).getAttribute("aria-expanded"));
    }

    private boolean activeHas(String cssClass) {
        return Boolean.TRUE.equals(page.script("return document.activeElement.classList.contains(arguments[0])", cssClass));
    }

    @Test
    void axeFindsNoWcagViolationsLeftToRight() {
        openWithAnAnswer("en");
        Axe.assertNoViolations(page);
    }

    @Test
    void axeFindsNoWcagViolationsRightToLeft() {
        openWithAnAnswer("ar");
        assertEquals("rtl", page.find(By.cssSelector(".sbw")).getAttribute("dir"));
        Axe.assertNoViolations(page);
    }

    private void openWithAnAnswer(String language) {
        page.load(demo(language)).open();
        page.awaitBot(phraseStart(language, "greeting"));
        page.send(language.equals("ar") ? QUESTION_AR : QUESTION);
        page.awaitBot(phrase(language, "helpful.ask"));
        page.awaitQuickReplies();
    }
}
