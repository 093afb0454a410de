package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.switchboard.server.widget.ConfigTexts.phrase;
import static org.switchboard.server.widget.ConfigTexts.phraseStart;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Outside business hours: the office (Athens) is open for one hour, three days from now; the
 * visitor's browser is in Manila. The bot's away notice says when the team is back in the
 * visitor's time, appears once, and the bot still answers. Timestamps show Manila time too.
 */
class WidgetAwayIT {
    private static final ZoneId OFFICE = ZoneId.of("Europe/Athens");
    private static final ZoneId VISITOR = ZoneId.of("Asia/Manila");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @TempDir
    Path temp;

    @Test
    void theAwayNoticeShowsOnceInTheVisitorsTimeAndTheBotStillAnswers() {
        LocalDate openDay = LocalDate.now(OFFICE).plusDays(3);
        String hours = "zone: " + OFFICE + "\nweekly:\n  " + openDay.getDayOfWeek().name().toLowerCase(Locale.ROOT) + ": \"10:00-11:00\"\n";
        ZonedDateTime back = openDay.atTime(LocalTime.of(10, 0)).atZone(OFFICE).withZoneSameInstant(VISITOR);
        String notice = phrase("en", "away.later", Map.of(
                "day", phrase("en", "day." + back.getDayOfWeek().name().toLowerCase(Locale.ROOT)),
                "time", HH_MM.format(back)));

        try (RunningServer server = RunningServer.start(temp.resolve("data"), ConfigCopy.withHours(temp.resolve("config"), hours));
                Browser browser = Browser.start(Map.of("TZ", VISITOR.getId()))) {
            WidgetPage page = new WidgetPage(browser);
            page.load(server.url() + "/?lang=en").open();
            page.awaitBot(phraseStart("en", "greeting"));
            page.awaitBot(notice);

            page.send("how do I reset my password");
            page.awaitBot(phrase("en", "helpful.ask"));
            assertEquals(1, page.messages().stream().filter(m -> m.text().equals(notice)).count(), page.messages().toString());

            page.driver.navigate().refresh();
            page.awaitLauncher().awaitOpen();
            page.awaitBot(phrase("en", "helpful.ask"));
            assertEquals(1, page.messages().stream().filter(m -> m.text().equals(notice)).count(), page.messages().toString());
            page.assertEachEventOnceInOrder();

            WebElement time = page.find(By.cssSelector(".sbw-log .sbw-bot time"));
            String at = time.getAttribute("datetime");
            assertEquals(HH_MM.format(Instant.parse(at).atZone(VISITOR)), time.getText(), "the bubble's time, in Manila, of " + at);
        }
    }
}
