package org.switchboard.bot.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.bot.callback.SlotCalendarTest.at;
import static org.switchboard.bot.callback.SlotCalendarTest.everyDay;
import static org.switchboard.bot.callback.SlotCalendarTest.weekdays;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.hours.BusinessHours;

/** Which slots a visitor is offered: free, future, in order, and honest about the service level. */
class SlotFinderTest {
    static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    static final BusinessHours HOURS = weekdays(ATHENS, "08:00", "20:00");

    static SlotFinder finder(Rota rota, Duration serviceLevel) {
        return new SlotFinder(new TeamCallbacks(new SlotCalendar(HOURS, rota, Duration.ofMinutes(30), 1),
                new ServiceLevel(serviceLevel), Duration.ofMinutes(30), Duration.ofDays(14), 4));
    }

    @Test
    void theSoonestFreeSlotsAfterTheNoticeComeFirstAndFullOnesAreSkipped() {
        SlotFinder finder = finder(everyDay("08:00", "20:00", "ana"), Duration.ofHours(10));
        Instant now = at("2026-11-24T10:10", "Europe/Athens"); // Tuesday
        Instant full = at("2026-11-24T11:00", "Europe/Athens");

        SlotOffer offer = finder.offer(now, now, 4, Map.of(full, 1));

        assertEquals(List.of(at("2026-11-24T11:30", "Europe/Athens"), at("2026-11-24T12:00", "Europe/Athens"),
                        at("2026-11-24T12:30", "Europe/Athens"), at("2026-11-24T13:00", "Europe/Athens")),
                offer.slots().stream().map(Slot::start).toList(),
                "10:30 is within the 30 minutes' notice (10:40 at the earliest); 11:00 is full");
        assertTrue(offer.keepsServiceLevel());
        offer.slots().forEach(s -> assertEquals(1, s.free()));
    }

    @Test
    void anotherTimeShowsTheSlotsAfterTheLastOneShown() {
        SlotFinder finder = finder(everyDay("08:00", "20:00", "ana"), Duration.ofHours(10));
        Instant now = at("2026-11-24T18:00", "Europe/Athens");
        SlotOffer first = finder.offer(now, now, 4, Map.of());
        assertEquals(List.of(at("2026-11-24T18:30", "Europe/Athens"), at("2026-11-24T19:00", "Europe/Athens"),
                at("2026-11-24T19:30", "Europe/Athens"), at("2026-11-25T08:00", "Europe/Athens")),
                first.slots().stream().map(Slot::start).toList(), "the office closes at 20:00");
        SlotOffer later = finder.offer(now, first.slots().get(3).start(), 4, Map.of());
        assertEquals(at("2026-11-25T08:30", "Europe/Athens"), later.slots().get(0).start(), "after the last one shown");
    }

    @Test
    void neverInThePastNorOutsideHoursNorOnAFullSlot() {
        SlotFinder finder = finder(everyDay("08:00", "20:00", "ana", "ben"), Duration.ofHours(10));
        Instant now = at("2026-11-27T19:45", "Europe/Athens"); // Friday evening
        Instant monday8 = at("2026-11-30T08:00", "Europe/Athens");
        SlotOffer offer = finder.offer(now, now, 4, Map.of(monday8, 2));
        assertEquals(at("2026-11-30T08:30", "Europe/Athens"), offer.slots().get(0).start(), "the weekend is closed; 08:00 is full");
        assertTrue(finder.bookable(now, at("2026-11-27T19:30", "Europe/Athens")).isEmpty(), "past");
        assertTrue(finder.bookable(now, at("2026-11-28T10:00", "Europe/Athens")).isEmpty(), "Saturday: closed");
        assertTrue(finder.bookable(now, at("2026-11-30T08:10", "Europe/Athens")).isEmpty(), "not a slot start");
        assertTrue(finder.bookable(now, monday8).isPresent(), "whether it is full is for the store");
    }

    @Test
    void theServiceLevelCountsBusinessHoursOnlyAndIsReportedWhenMissed() {
        Instant friday = at("2026-11-27T16:00", "Europe/Athens");
        // 4 business hours left on Friday (16-20), 6 more on Monday: Monday 14:00
        assertEquals(at("2026-11-30T14:00", "Europe/Athens"), new ServiceLevel(Duration.ofHours(10)).deadline(HOURS, friday));

        Rota tuesdaysOnly = new Rota(List.of(new Shift(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(20, 0), "ana")));
        SlotOffer late = finder(tuesdaysOnly, Duration.ofHours(10)).offer(friday, friday, 4, Map.of());
        assertEquals(at("2026-12-01T08:00", "Europe/Athens"), late.slots().get(0).start(), "the soonest is still offered");
        assertFalse(late.keepsServiceLevel());
        assertEquals(10, late.serviceLevel().hours());

        SlotOffer onTime = finder(tuesdaysOnly, Duration.ofHours(20)).offer(friday, friday, 4, Map.of());
        assertTrue(onTime.keepsServiceLevel(), "Tuesday 08:00 is within 20 business hours of Friday 16:00");
    }

    @Test
    void nobodyOnTheRotaMeansNoSlots() {
        Instant now = at("2026-11-24T10:00", "Europe/Athens");
        SlotOffer offer = finder(Rota.empty(), Duration.ofHours(10)).offer(now, now, 4, Map.of());
        assertTrue(offer.slots().isEmpty());
        assertFalse(offer.keepsServiceLevel());
    }
}
