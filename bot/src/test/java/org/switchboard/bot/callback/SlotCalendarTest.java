package org.switchboard.bot.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.hours.Closure;
import org.switchboard.bot.hours.OpeningSpan;

/** Slots from hours and rota, in five time zones, across daylight-saving changes. */
class SlotCalendarTest {
    static final Duration HALF_HOUR = Duration.ofMinutes(30);
    static final Duration HOUR = Duration.ofHours(1);

    static BusinessHours weekdays(ZoneId zone, String opens, String closes) {
        return BusinessHours.of(zone, Stream.of(DayOfWeek.values()).filter(d -> d.getValue() <= 5)
                .map(d -> new OpeningSpan(d, LocalTime.parse(opens), LocalTime.parse(closes))).toList());
    }

    static Rota everyDay(String start, String end, String... agents) {
        List<Shift> shifts = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            for (String a : agents) {
                shifts.add(new Shift(d, LocalTime.parse(start), end.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(end), a));
            }
        }
        return new Rota(shifts);
    }

    static Instant at(String local, String zone) {
        return ZonedDateTime.of(LocalDateTime.parse(local), ZoneId.of(zone)).toInstant();
    }

    @Test
    void capacityIsTheAgentsOnShiftForTheWholeSlot() {
        ZoneId athens = ZoneId.of("Europe/Athens");
        List<Shift> shifts = new ArrayList<>();
        for (String a : List.of("ana", "ben")) {
            shifts.add(new Shift(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(14, 0), a));
        }
        shifts.add(new Shift(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(20, 0), "chris"));
        SlotCalendar calendar = new SlotCalendar(weekdays(athens, "08:00", "20:00"), new Rota(shifts), HALF_HOUR, 2);

        List<Slot> tuesday = calendar.between(at("2026-11-24T00:00", "Europe/Athens"), at("2026-11-25T00:00", "Europe/Athens"));

        assertEquals(24, tuesday.size(), "08:00 to 20:00 in half hours");
        assertEquals(at("2026-11-24T08:00", "Europe/Athens"), tuesday.get(0).start());
        assertEquals(4, tuesday.get(0).capacity(), "ana and ben, two calls each");
        assertEquals(6, calendar.at(at("2026-11-24T13:30", "Europe/Athens")).orElseThrow().capacity(), "ana, ben and chris");
        assertEquals(2, calendar.at(at("2026-11-24T14:00", "Europe/Athens")).orElseThrow().capacity(), "chris only");
        assertEquals(at("2026-11-24T20:00", "Europe/Athens"), tuesday.get(23).end());
        assertTrue(calendar.between(at("2026-11-25T00:00", "Europe/Athens"), at("2026-11-26T00:00", "Europe/Athens")).isEmpty(),
                "nobody on the rota on Wednesday: no slots although the office is open");
    }

    @Test
    void holidaysAndClosuresHaveNoSlots() {
        ZoneId athens = ZoneId.of("Europe/Athens");
        BusinessHours hours = weekdays(athens, "08:00", "20:00").withClosures(List.of(
                Closure.allDay(LocalDate.of(2026, 12, 25)),
                new Closure(LocalDate.of(2026, 12, 24), LocalTime.of(14, 0), LocalTime.MIDNIGHT)));
        SlotCalendar calendar = new SlotCalendar(hours, everyDay("00:00", "24:00", "ana"), HOUR, 1);

        List<Slot> christmas = calendar.between(at("2026-12-24T00:00", "Europe/Athens"), at("2026-12-26T00:00", "Europe/Athens"));

        assertEquals(6, christmas.size(), "24 December 08:00-14:00 only; 25 December closed");
        assertEquals(at("2026-12-24T13:00", "Europe/Athens"), christmas.get(5).start());
    }

    @ParameterizedTest(name = "{0}: 09:00 local is {1}")
    @CsvSource({
            "Asia/Ho_Chi_Minh, 2026-03-30T02:00:00Z",
            "Asia/Manila, 2026-03-30T01:00:00Z",
            "Asia/Riyadh, 2026-03-30T06:00:00Z",
            "Europe/Athens, 2026-03-30T06:00:00Z",
            "America/New_York, 2026-03-30T13:00:00Z"})
    void slotsAreLaidOutInTheTeamsLocalTime(String zone, String firstUtc) {
        SlotCalendar calendar = new SlotCalendar(weekdays(ZoneId.of(zone), "09:00", "17:00"), everyDay("09:00", "17:00", "ana"),
                HALF_HOUR, 1);
        List<Slot> monday = calendar.between(at("2026-03-30T00:00", zone), at("2026-03-31T00:00", zone));
        assertEquals(16, monday.size());
        assertEquals(Instant.parse(firstUtc), monday.get(0).start());
        monday.forEach(s -> assertEquals(HALF_HOUR, Duration.between(s.start(), s.end())));
    }

    @Test
    void newYorkOpensAnHourEarlierInUtcAfterTheMarchChangeAndLaterAfterNovember() {
        ZoneId ny = ZoneId.of("America/New_York");
        SlotCalendar calendar = new SlotCalendar(weekdays(ny, "09:00", "17:00"), everyDay("09:00", "17:00", "ana"), HOUR, 1);
        // clocks go forward on Sunday 8 March 2026 and back on Sunday 1 November 2026
        assertEquals(Instant.parse("2026-03-06T14:00:00Z"), first(calendar, "2026-03-06", ny));
        assertEquals(Instant.parse("2026-03-09T13:00:00Z"), first(calendar, "2026-03-09", ny));
        assertEquals(Instant.parse("2026-10-30T13:00:00Z"), first(calendar, "2026-10-30", ny));
        assertEquals(Instant.parse("2026-11-02T14:00:00Z"), first(calendar, "2026-11-02", ny));
    }

    private static Instant first(SlotCalendar calendar, String date, ZoneId zone) {
        Instant from = LocalDate.parse(date).atStartOfDay(zone).toInstant();
        return calendar.between(from, from.plus(Duration.ofDays(1))).get(0).start();
    }

    @Test
    void theSpringGapHasNoSlotsAndEverySlotIsReallyOneHour() {
        // Athens, Sunday 29 March 2026: 03:00 becomes 04:00
        ZoneId athens = ZoneId.of("Europe/Athens");
        BusinessHours always = BusinessHours.always(athens);
        SlotCalendar calendar = new SlotCalendar(always, everyDay("00:00", "24:00", "ana"), HOUR, 1);
        List<Slot> day = calendar.between(at("2026-03-29T00:00", "Europe/Athens"), at("2026-03-30T00:00", "Europe/Athens"));

        assertEquals(23, day.size(), "a 23-hour day");
        assertTrue(day.stream().noneMatch(s -> s.start().atZone(athens).getHour() == 3), "03:00 does not exist that day");
        assertNoOverlapsAndExactLength(day, HOUR);
        assertEquals(Instant.parse("2026-03-29T00:00:00Z"), day.get(2).start(), "02:00 EET");
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), day.get(2).end(), "ends at 04:00 EEST, one real hour later");
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), day.get(3).start(), "04:00 EEST");
    }

    @Test
    void theRepeatedAutumnHourOffersNoSecondSlots() {
        // Athens, Sunday 25 October 2026: 04:00 becomes 03:00 again; New York, Sunday 1 November 2026: 02:00 becomes 01:00
        for (String[] c : new String[][] {{"Europe/Athens", "2026-10-25", "2026-10-25T01:00:00Z"},
                {"America/New_York", "2026-11-01", "2026-11-01T06:00:00Z"}}) {
            ZoneId zone = ZoneId.of(c[0]);
            SlotCalendar calendar = new SlotCalendar(BusinessHours.always(zone), everyDay("00:00", "24:00", "ana"), HOUR, 1);
            Instant from = LocalDate.parse(c[1]).atStartOfDay(zone).toInstant();
            Instant until = LocalDate.parse(c[1]).plusDays(1).atStartOfDay(zone).toInstant();
            List<Slot> day = calendar.between(from, until);
            assertEquals(24, day.size(), c[0] + ": a 25-hour day, 24 local starts, each once");
            assertNoOverlapsAndExactLength(day, HOUR);
            Instant repeated = Instant.parse(c[2]);
            assertTrue(day.stream().noneMatch(s -> !s.start().isAfter(repeated) && s.end().isAfter(repeated)),
                    c[0] + ": the repeated hour has no slot");
        }
    }

    @Test
    void halfHourSlotsAcrossTheSpringChangeInNewYork() {
        ZoneId ny = ZoneId.of("America/New_York");
        SlotCalendar calendar = new SlotCalendar(BusinessHours.always(ny), everyDay("00:00", "24:00", "ana", "ben"), HALF_HOUR, 1);
        List<Slot> day = calendar.between(at("2026-03-08T00:00", "America/New_York"), at("2026-03-09T00:00", "America/New_York"));
        assertEquals(46, day.size(), "23 real hours in half hours");
        assertNoOverlapsAndExactLength(day, HALF_HOUR);
        day.forEach(s -> assertEquals(2, s.capacity()));
    }

    private static void assertNoOverlapsAndExactLength(List<Slot> slots, Duration length) {
        for (int i = 0; i < slots.size(); i++) {
            assertEquals(length, Duration.between(slots.get(i).start(), slots.get(i).end()), slots.get(i).toString());
            if (i > 0) {
                assertTrue(!slots.get(i).start().isBefore(slots.get(i - 1).end()), "overlap at " + slots.get(i));
            }
        }
    }
}
