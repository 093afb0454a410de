package org.switchboard.bot.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BusinessHoursTest {
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final BusinessHours ACME = BusinessHours.load(Path.of("..", "config", "hours.yaml"));

    @TempDir
    Path dir;

    private static Instant athens(String local) {
        return LocalDateTime.parse(local).atZone(ATHENS).toInstant();
    }

    @Test
    void theShippedHoursAreTheDemoCompanys() {
        List<OpeningSpan> spans = ACME.spans();

        assertEquals(ATHENS, ACME.zone());
        assertEquals(6, spans.size());
        assertEquals(new OpeningSpan(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(20, 0)), spans.get(0));
        assertEquals(new OpeningSpan(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)), spans.get(5));
    }

    @Test
    void isOpenFromTheOpeningMinuteUntilJustBeforeClosing() {
        assertFalse(ACME.isOpen(athens("2025-01-15T07:59")));
        assertTrue(ACME.isOpen(athens("2025-01-15T08:00")));
        assertTrue(ACME.isOpen(athens("2025-01-15T19:59")));
        assertFalse(ACME.isOpen(athens("2025-01-15T20:00")));
        assertFalse(ACME.isOpen(athens("2025-01-19T10:00")), "Sunday");
    }

    @Test
    void theNextOpeningIsNowWhenOpenAndOtherwiseTheNextSpan() {
        Instant open = athens("2025-01-15T10:00");
        assertEquals(open, ACME.nextOpening(open));
        assertEquals(athens("2025-01-16T08:00"), ACME.nextOpening(athens("2025-01-15T20:00")));
        assertEquals(athens("2025-01-18T09:00"), ACME.nextOpening(athens("2025-01-18T08:30")), "Saturday, later that day");
        assertEquals(athens("2025-01-20T08:00"), ACME.nextOpening(athens("2025-01-18T13:00")), "Saturday noon to Monday");
    }

    @Test
    void followsDaylightSavingTime() {
        // Athens moves from 03:00 to 04:00 on Sunday 30 March 2025; summer time is UTC+3.
        assertEquals(Instant.parse("2025-03-31T05:00:00Z"), ACME.nextOpening(athens("2025-03-29T14:00")));
        BusinessHours night = BusinessHours.of(ATHENS,
                List.of(new OpeningSpan(DayOfWeek.SUNDAY, LocalTime.of(3, 30), LocalTime.of(5, 0))));
        assertEquals(Instant.parse("2025-03-30T01:30:00Z"), night.nextOpening(athens("2025-03-29T23:00")),
                "an opening time the clocks skip moves forward with them");
    }

    @Test
    void alwaysOpenIsNeverAway() {
        BusinessHours always = BusinessHours.always(ATHENS);

        assertTrue(always.isOpen(athens("2025-01-19T00:00")));
        assertTrue(always.isOpen(athens("2025-01-19T23:59")));
    }

    @Test
    void spansMustNotOverlapAndThereMustBeOne() {
        assertThrows(IllegalArgumentException.class, () -> BusinessHours.of(ATHENS, List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BusinessHours.of(ATHENS, List.of(
                new OpeningSpan(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new OpeningSpan(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(14, 0)))));
        assertTrue(e.getMessage().startsWith("opening spans overlap"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new OpeningSpan(DayOfWeek.MONDAY, LocalTime.of(20, 0), LocalTime.of(8, 0)));
    }

    @Test
    void readsBreaksMidnightAndClosedDays() throws IOException {
        Path file = write("""
                zone: Asia/Manila
                weekly:
                  monday: ["08:00-12:00", "13:00-17:00"]
                  friday: "18:00-24:00"
                  sunday: closed
                """);

        BusinessHours hours = BusinessHours.load(file);

        assertEquals(ZoneId.of("Asia/Manila"), hours.zone());
        assertEquals(3, hours.spans().size());
        assertEquals(LocalTime.MIDNIGHT, hours.spans().get(2).closes());
    }

    @Test
    void mistakesAreNamedWithTheFile() throws IOException {
        assertProblem("zone: Europe/Athens\nweekly: {monday: \"08:00-20:00\"}\nvacation: []\n",
                "unknown key 'vacation' (known: closures, holidays, teams, weekly, zone)");
        assertProblem("zone: Europe/Atlantis\nweekly: {monday: \"08:00-20:00\"}\n", "'zone': unknown time zone 'Europe/Atlantis'");
        assertProblem("zone: Europe/Athens\nweekly: {mon: \"08:00-20:00\"}\n", "'weekly': unknown day 'mon' (known: monday … sunday)");
        assertProblem("zone: Europe/Athens\nweekly: {monday: \"8-20\"}\n",
                "'weekly.monday': expected a time span such as \"08:00-20:00\", or closed, not '8-20'");
        assertProblem("zone: Europe/Athens\nweekly: {sunday: closed}\n", "business hours need at least one opening span");
    }

    private void assertProblem(String yaml, String expected) throws IOException {
        Path file = write(yaml);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BusinessHours.load(file));
        assertEquals(file + ": " + expected, e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "hours", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
