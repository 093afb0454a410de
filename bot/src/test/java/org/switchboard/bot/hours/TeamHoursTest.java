package org.switchboard.bot.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Holidays, one-off closures and per-team hours in hours.yaml. */
class TeamHoursTest {
    @TempDir
    Path dir;

    static Instant athens(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), ZoneId.of("Europe/Athens")).toInstant();
    }

    @Test
    void holidaysAndClosuresCloseTheOfficeAndTeamsInheritWhatTheyLeaveOut() throws IOException {
        TeamHours hours = TeamHours.load(write("""
                zone: Europe/Athens
                weekly: {monday: "08:00-20:00", tuesday: "08:00-20:00", wednesday: "08:00-20:00", thursday: "08:00-20:00", friday: "08:00-20:00"}
                holidays: [2026-12-25]
                closures:
                  - {date: 2026-12-24, hours: "14:00-24:00"}
                  - {date: 2026-12-30}
                teams:
                  billing:
                    weekly: {monday: "09:00-17:00", thursday: "09:00-17:00"}
                  manila:
                    zone: Asia/Manila
                    holidays: [2026-12-30]
                """));
        BusinessHours office = hours.office();
        assertTrue(office.isOpen(athens("2026-12-24T13:59")));
        assertFalse(office.isOpen(athens("2026-12-24T14:00")), "closed from 14:00 on Christmas Eve");
        assertFalse(office.isOpen(athens("2026-12-25T10:00")), "holiday");
        assertFalse(office.isOpen(athens("2026-12-30T10:00")), "a closure without hours is all day");
        assertEquals(athens("2026-12-28T08:00"), office.nextOpening(athens("2026-12-24T15:00")), "Friday is a holiday, then the weekend");
        assertEquals(List.of(new OpeningSpan(java.time.DayOfWeek.THURSDAY, LocalTime.of(8, 0), LocalTime.of(14, 0))),
                office.openOn(java.time.LocalDate.of(2026, 12, 24)));

        BusinessHours billing = hours.of("billing");
        assertEquals(ZoneId.of("Europe/Athens"), billing.zone());
        assertFalse(billing.isOpen(athens("2026-12-25T10:00")), "the office's holidays, since billing names none");
        assertTrue(billing.isOpen(athens("2026-12-24T10:00")));
        assertFalse(billing.isOpen(athens("2026-12-23T10:00")), "billing's own week: not on Wednesdays");

        BusinessHours manila = hours.of("manila");
        assertEquals(ZoneId.of("Asia/Manila"), manila.zone());
        assertTrue(manila.isOpen(ZonedDateTime.of(LocalDateTime.parse("2026-12-25T10:00"), ZoneId.of("Asia/Manila")).toInstant()),
                "its own holidays replace the office's");
        assertEquals(office, hours.of("anyone-else"));
    }

    @Test
    void theShippedFileLoadsWithItsHolidays() {
        TeamHours hours = TeamHours.load(Path.of("..", "config", "hours.yaml"));
        assertFalse(hours.office().isOpen(athens("2026-12-25T10:00")));
        assertTrue(hours.office().isOpen(athens("2026-12-23T10:00")));
    }

    @Test
    void mistakesNameTheFileAndTheKey() throws IOException {
        String week = "zone: Europe/Athens\nweekly: {monday: \"08:00-20:00\"}\n";
        problem(week + "holidays: [2026-13-01]\n", "'holidays': '2026-13-01' is not a date such as 2026-12-25");
        problem(week + "holidays: 2026-12-25\n", "'holidays' must be a list of dates such as 2026-12-25");
        problem(week + "closures: [{date: 2026-12-24, hours: \"2pm\"}]\n",
                "'closures' 2026-12-24: hours must be a span such as \"14:00-24:00\", not '2pm'");
        problem(week + "closures: [{date: 2026-12-24, from: \"14:00\"}]\n", "unknown key 'closures.from' (known: date, hours)");
        problem(week + "teams: {billing: {zone: Mars/Base}}\n", "'teams.billing.zone': unknown time zone 'Mars/Base'");
        problem(week + "teams: {billing: {weekly: {monday: \"9-5\"}}}\n",
                "'teams.billing.weekly.monday': expected a time span such as \"08:00-20:00\", or closed, not '9-5'");
        problem(week + "teams: {billing: {hours: x}}\n", "unknown key 'teams.billing.hours' (known: closures, holidays, weekly, zone)");
    }

    private void problem(String yaml, String expected) throws IOException {
        Path file = write(yaml);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TeamHours.load(file));
        assertEquals(file + ": " + expected, e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("hours.yaml"), yaml);
    }
}
