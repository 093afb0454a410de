package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.server.widget.ConfigTexts.label;
import static org.switchboard.server.widget.ConfigTexts.phrase;
import static org.switchboard.server.widget.ConfigTexts.phraseStart;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.widget.WidgetPage.Message;

/**
 * The connection drops while the page is open: the server process stops, the visitor writes
 * anyway, and the server comes back on the same port and data directory. The message waits in
 * the widget's outbox, is sent again with the same client_id, and is stored and answered once.
 */
class WidgetReconnectIT {
    private static final String QUESTION = "how do I reset my password";

    @TempDir
    Path temp;

    @Test
    void aMessageWrittenWhileTheServerIsDownIsDeliveredOnceWhenItIsBack() {
        try (RunningServer server = RunningServer.start(temp.resolve("data"), ConfigCopy.withHours(temp.resolve("config"), ConfigCopy.ALWAYS_OPEN));
                Browser browser = Browser.start()) {
            WidgetPage page = new WidgetPage(browser, Duration.ofSeconds(40));
            page.load(server.url() + "/?lang=en").open();
            page.awaitBot(phraseStart("en", "greeting"));

            server.stop();
            page.await("the offline notice", d -> label("en", "offline").equals(page.find(WidgetPage.STATUS).getText()) ? true : null);
            page.send(QUESTION);
            Message pending = page.messages().get(page.messages().size() - 1);
            assertEquals(new Message("visitor", QUESTION, null, true), pending);

            server.restart();
            page.awaitVisitor(QUESTION);
            page.awaitBot(phrase("en", "helpful.ask"));
            assertTrue(page.find(WidgetPage.STATUS).getText().isEmpty(), "still says " + page.find(WidgetPage.STATUS).getText());
            assertOnce(page, QUESTION);

            page.driver.navigate().refresh(); // the whole history again, as the server stored it
            page.awaitLauncher().awaitOpen();
            page.awaitBot(phrase("en", "helpful.ask"));
            assertOnce(page, QUESTION);
        }
    }

    private static void assertOnce(WidgetPage page, String text) {
        List<Message> messages = page.messages();
        assertEquals(1, messages.stream().filter(m -> m.text().equals(text)).count(), messages.toString());
        assertEquals(1, messages.stream().filter(m -> m.text().equals(phrase("en", "helpful.ask"))).count(), messages.toString());
        assertTrue(messages.stream().noneMatch(Message::pending), messages.toString());
        page.assertEachEventOnceInOrder();
    }
}
