package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.server.widget.ConfigTexts.label;
import static org.switchboard.server.widget.ConfigTexts.phrase;
import static org.switchboard.server.widget.ConfigTexts.phraseStart;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.switchboard.bot.SlotText;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.Language;

/**
 * A visitor in Manila asks for a person when nobody is available, accepts the call back, picks a
 * slot, gives a phone number (a wrong one first), and sees the confirmation in Manila time; the
 * calendar file has the slot in UTC; the manage page (axe-clean) moves it to another slot and then
 * cancels it, the calendar file following each change; the token never appears in the server's
 * output. The team (Athens) takes 30-minute call backs around the clock, so there are always slots.
 */
class WidgetCallbackIT {
    private static final ZoneId VISITOR = ZoneId.of("Asia/Manila");
    private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SlotText TEXT = new SlotText(Phrasebook.load(ConfigTexts.CONFIG.resolve("phrasing")));
    private static final String HOURS = "zone: Europe/Athens\nweekly:\n"
            + List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday").stream()
                    .map(d -> "  " + d + ": \"00:00-24:00\"\n").reduce("", String::concat);
    private static final String CALLBACKS = "slot_minutes: 30\nmin_notice_minutes: 30\noffer_slots: 4\nteams:\n  support:\n"
            + "    rota:\n      - {agents: [agent], days: \"monday-sunday\", hours: \"00:00-24:00\"}\n";

    @TempDir
    Path temp;

    @Test
    void aVisitorBooksACallBackThenMovesAndCancelsItOnTheManagePage() throws Exception {
        ConfigCopy config = ConfigCopy.withHours(temp.resolve("config"), HOURS);
        Files.writeString(temp.resolve("config").resolve("callbacks.yaml"), CALLBACKS);
        // HTTP/1.1 as browsers speak it: the JDK client's default h2c upgrade request makes Grizzly leave out Content-Type
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (RunningServer server = RunningServer.start(temp.resolve("data"), config);
                Browser browser = Browser.start(Map.of("TZ", VISITOR.getId()))) {
            WidgetPage page = new WidgetPage(browser);
            page.load(server.url() + "/?lang=en").open();
            page.awaitBot(phraseStart("en", "greeting"));
            page.find(WidgetPage.PERSON).click();
            page.awaitBot(phrase("en", "callback.offer_no_agent"));

            Instant before = Instant.now();
            page.chooseQuickReply(phrase("en", "callback.yes_label"));
            page.awaitMessage("the slots", m -> m.fromBot() && m.text().startsWith("Here are the next times we can call you"));
            Instant after = Instant.now();
            List<WebElement> slots = slotButtons(page);
            assertEquals(4, slots.size());
            String firstLabel = slots.get(0).getAttribute("aria-label");
            Instant first = firstSlot(before, firstLabel, after);
            assertEquals(TEXT.time(first, VISITOR), slots.get(0).getText(), "the button shows the time in Manila");
            assertEquals(TEXT.day(first, VISITOR, Language.ENGLISH),
                    page.find(By.cssSelector(".sbw-replies .sbw-dayname")).getText(), "grouped under the day, in Manila");
            assertTrue(page.messages().stream().anyMatch(m -> m.text().contains("(Asia/Manila, UTC+08:00)")));
            Axe.assertNoViolations(page); // the slots grouped by day

            page.chooseQuickReply(phrase("en", "callback.later_label"));
            page.awaitMessage("later slots", m -> m.fromBot() && m.text().startsWith("Here are later times"));
            Instant chosen = first.plus(Duration.ofMinutes(30 * 5)); // the second of the next four
            String chosenLabel = TEXT.day(chosen, VISITOR, Language.ENGLISH) + ", " + TEXT.time(chosen, VISITOR);
            page.await("the later slots", d -> slotButtons(page).stream().anyMatch(b -> chosenLabel.equals(b.getAttribute("aria-label"))));
            slotButtons(page).stream().filter(b -> chosenLabel.equals(b.getAttribute("aria-label"))).findFirst().orElseThrow().click();
            page.awaitBot(phrase("en", "callback.ask_contact", Map.of("day", TEXT.day(chosen, VISITOR, Language.ENGLISH),
                    "time", TEXT.time(chosen, VISITOR))));

            page.send("my number is 0917");
            page.awaitBot(phrase("en", "callback.bad_contact"));
            page.send("+63 917 123 4567");
            page.awaitBot(phrase("en", "callback.ask_note"));
            page.chooseQuickReply(phrase("en", "callback.no_note_label"));
            String confirmation = phrase("en", "callback.booked", Map.of("day", TEXT.day(chosen, VISITOR, Language.ENGLISH),
                    "time", TEXT.time(chosen, VISITOR), "zone", "Asia/Manila, UTC+08:00", "contact", "+63 917 123 4567"));
            page.awaitBot(confirmation);

            WebElement calendarLink = page.await("the calendar link", d -> d.findElements(By.cssSelector(".sbw-links a")).stream()
                    .filter(a -> a.getText().equals(label("en", "callback_calendar"))).findFirst().orElse(null));
            WebElement manageLink = page.find(By.cssSelector(".sbw-links a:nth-of-type(2)"));
            assertEquals(label("en", "callback_manage"), manageLink.getText());
            String calendarUrl = calendarLink.getAttribute("href");
            String manageUrl = manageLink.getAttribute("href");
            assertTrue(calendarUrl.startsWith(server.url() + "/api/callbacks/") && calendarUrl.endsWith("/callback.ics"), calendarUrl);
            assertTrue(manageUrl.startsWith(server.url() + "/callback/#"), manageUrl);
            String token = manageUrl.substring(manageUrl.indexOf('#') + 1);
            assertEquals(43, token.length());

            String ics = get(http, calendarUrl);
            assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
            assertTrue(ics.contains("\r\nDTSTART:" + ICS.format(chosen) + "\r\n"), ics);
            assertTrue(ics.contains("\r\nDTEND:" + ICS.format(chosen.plus(Duration.ofMinutes(30))) + "\r\n"), ics);
            assertTrue(ics.contains("\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"), ics);
            assertTrue(ics.contains("SUMMARY:Call back from Support\r\n"), ics);
            assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"), ics);
            for (String line : ics.split("\r\n")) {
                assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
            }

            // the manage page
            page.driver.get(manageUrl);
            page.await("the manage page", d -> d.findElement(By.id("when")).getText().isEmpty() ? null : true);
            assertEquals(phrase("en", "manage.when", Map.of("day", TEXT.day(chosen, VISITOR, Language.ENGLISH),
                    "time", TEXT.time(chosen, VISITOR), "zone", "Asia/Manila, UTC+08:00")), page.find(By.id("when")).getText());
            assertEquals(phrase("en", "manage.title"), page.find(By.tagName("h1")).getText());
            Axe.assertNoViolations(page.driver);

            WebElement other = page.find(By.cssSelector("#slots button.slot"));
            Instant moved = Instant.parse(other.getAttribute("data-start"));
            assertFalse(moved.equals(chosen), "the booked slot itself is not offered");
            other.click();
            String movedText = phrase("en", "manage.moved", Map.of("day", TEXT.day(moved, VISITOR, Language.ENGLISH),
                    "time", TEXT.time(moved, VISITOR), "zone", "Asia/Manila, UTC+08:00"));
            page.await("moved", d -> movedText.equals(d.findElement(By.id("message")).getText()) ? true : null);
            String icsMoved = get(http, calendarUrl);
            assertTrue(icsMoved.contains("\r\nDTSTART:" + ICS.format(moved) + "\r\n"), icsMoved);
            assertTrue(icsMoved.contains("\r\nSEQUENCE:1\r\n"), icsMoved);

            page.find(By.id("cancel")).click();
            page.await("cancelled", d -> phrase("en", "manage.cancel_done").equals(d.findElement(By.id("message")).getText()) ? true : null);
            assertFalse(page.find(By.id("cancel")).isDisplayed());
            assertTrue(get(http, calendarUrl).contains("\r\nSTATUS:CANCELLED\r\n"));
            Axe.assertNoViolations(page.driver);

            page.driver.navigate().refresh();
            page.await("still cancelled", d -> phrase("en", "manage.cancelled").equals(d.findElement(By.id("message")).getText()) ? true : null);

            page.driver.get(server.url() + "/callback/#" + "x".repeat(43));
            page.await("unknown", d -> phrase("en", "manage.unknown").equals(d.findElement(By.id("message")).getText()) ? true : null);
            Axe.assertNoViolations(page.driver);

            assertFalse(server.output().contains(token), "the manage token is never in the server's output");
        }
    }

    private static List<WebElement> slotButtons(WidgetPage page) {
        return page.driver.findElements(By.cssSelector(".sbw-replies .sbw-day button"));
    }

    /** The first slot offered: the first half hour at least 30 minutes after the request (made between {@code before} and {@code after}). */
    private static Instant firstSlot(Instant before, String label, Instant after) {
        for (Instant t = before; !t.isAfter(after.plusSeconds(60)); t = t.plusSeconds(60)) {
            Instant earliest = t.plus(Duration.ofMinutes(30));
            long half = 30 * 60;
            Instant slot = Instant.ofEpochSecond((earliest.getEpochSecond() + half - 1) / half * half);
            if ((TEXT.day(slot, VISITOR, Language.ENGLISH) + ", " + TEXT.time(slot, VISITOR)).equals(label)) {
                return slot;
            }
        }
        throw new AssertionError("the first slot offered, " + label + ", is not the first half hour 30 minutes after "
                + before + " .. " + after);
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"), r.headers().map().toString());
        return r.body();
    }
}
