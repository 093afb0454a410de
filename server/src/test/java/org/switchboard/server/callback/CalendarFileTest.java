package org.switchboard.server.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarFileTest {
    static final Instant START = Instant.parse("2026-03-29T00:30:00Z"); // 02:30 in Athens, the night clocks go forward

    static Callback callback(CallbackStatus status, int revision) {
        return new Callback(7, "AbCdEfGhIjKlMnOpQrStUv", 3, "support", null, START, START.plusSeconds(1800),
                ZoneId.of("Europe/Athens"), "el", ContactKind.PHONE, "+302101234567", null, status, revision, START, START);
    }

    @Test
    void timesAreUtcAndTheEventIsIdentifiedForUpdates() {
        String ics = CalendarFile.of(callback(CallbackStatus.BOOKED, 2), "Call back from Support", "We call you", "https://x/callback/#t",
                Instant.parse("2026-03-20T10:00:00Z"));
        List<String> lines = List.of(ics.split("\r\n", -1));
        assertEquals("", lines.get(lines.size() - 1), "every line ends with CRLF");
        assertTrue(lines.contains("DTSTART:20260329T003000Z"), ics);
        assertTrue(lines.contains("DTEND:20260329T010000Z"), ics);
        assertTrue(lines.contains("DTSTAMP:20260320T100000Z"), ics);
        assertTrue(lines.contains("UID:AbCdEfGhIjKlMnOpQrStUv@switchboard"), ics);
        assertTrue(lines.contains("SEQUENCE:2"), ics);
        assertTrue(lines.contains("STATUS:CONFIRMED"), ics);
        assertEquals(List.of("BEGIN:VCALENDAR", "VERSION:2.0"), lines.subList(0, 2));
        assertTrue(CalendarFile.of(callback(CallbackStatus.CANCELLED, 3), "s", "d", "u", START).contains("\r\nSTATUS:CANCELLED\r\n"));
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedWithoutSplittingACharacter() {
        String summary = "Κλήση από την Τεχνική Υποστήριξη; σχετικά με τον λογαριασμό, τον Νοέμβριο \\ ξανά";
        String description = "Θα σας καλέσουμε Κυριακή 29 Μαρ 2026 στις 03:30.\nΑλλαγή: https://example.com/callback/#abc";
        String ics = CalendarFile.of(callback(CallbackStatus.BOOKED, 0), summary, description, "https://example.com/callback/#abc", START);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Κλήση από την Τεχνική Υποστήριξη\\; σχετικά με τον λογαριασμό\\, τον Νοέμβριο \\\\ ξανά\r\n"),
                unfolded);
        assertTrue(unfolded.contains("DESCRIPTION:Θα σας καλέσουμε Κυριακή 29 Μαρ 2026 στις 03:30.\\nΑλλαγή: https://example.com/callback/#abc\r\n"),
                unfolded);
        assertEquals(new String(ics.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), ics, "valid UTF-8 throughout");
    }
}
