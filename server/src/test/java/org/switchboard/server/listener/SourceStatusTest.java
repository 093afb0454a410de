package org.switchboard.server.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.listener.source.ReadBudget;
import org.switchboard.listener.source.Source;
import org.switchboard.listener.source.SourceHealth;
import org.switchboard.listener.source.SourceState;

/** What {@code /api/listener/sources} and {@code listener poll} show of a source's read budget and health. */
class SourceStatusTest {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static Source x() {
        Source s = mock(Source.class);
        when(s.name()).thenReturn("acme-on-x");
        when(s.kind()).thenReturn("twitter_search");
        when(s.interval()).thenReturn(Duration.ofMinutes(5));
        when(s.budget()).thenReturn(Optional.of(new ReadBudget(300, 5000)));
        return s;
    }

    @Test
    void showsTodaysAndThisMonthsReadsAgainstTheBudget() {
        SourceRecord stored = new SourceRecord("acme-on-x", "twitter_search",
                new SourceState("{\"since_id\":\"9\"}", LocalDate.of(2026, 11, 23), 120, 2900), NOW, NOW, 0, null);
        Map<String, Object> m = SourceStatus.of(x(), new SourceHealth("acme-on-x", "twitter_search", true, 0, null, NOW,
                NOW.plusSeconds(300)), stored, NOW);
        assertEquals(Map.of("today", 120L, "this_month", 2900L, "per_day", 300L, "per_month", 5000L, "remaining", 180L),
                m.get("reads"));
        assertEquals(true, m.get("healthy"));
        assertEquals(300L, m.get("interval_seconds"));
        assertEquals("2026-11-23T12:05:00Z", m.get("next_poll_at"));
    }

    @Test
    void aNewDayStartsTheDaysCountAgainAndANewMonthTheMonths() {
        SourceRecord yesterday = new SourceRecord("acme-on-x", "twitter_search",
                new SourceState(null, LocalDate.of(2026, 11, 22), 300, 4990), NOW, NOW, 0, null);
        Map<?, ?> reads = (Map<?, ?>) SourceStatus.of(x(), null, yesterday, NOW).get("reads");
        assertEquals(0L, reads.get("today"));
        assertEquals(4990L, reads.get("this_month"));
        assertEquals(10L, reads.get("remaining"), "the month's budget is nearly spent");
        Map<?, ?> december = (Map<?, ?>) SourceStatus.of(x(), null, yesterday, Instant.parse("2026-12-01T00:00:01Z")).get("reads");
        assertEquals(0L, december.get("this_month"));
        assertEquals(300L, december.get("remaining"));
    }

    @Test
    void anUnhealthySourceShowsItsLastError() {
        SourceRecord stored = new SourceRecord("acme-on-x", "twitter_search", SourceState.initial(), NOW, null, 3,
                "twitter_search 'acme-on-x': HTTP 503");
        Map<String, Object> m = SourceStatus.of(x(), new SourceHealth("acme-on-x", "twitter_search", false, 3,
                "twitter_search 'acme-on-x': HTTP 503", null, NOW.plusSeconds(2400)), stored, NOW);
        assertEquals(false, m.get("healthy"));
        assertEquals(3, m.get("consecutive_failures"));
        assertEquals("twitter_search 'acme-on-x': HTTP 503", m.get("last_error"));
        assertEquals(null, m.get("last_success_at"));
    }
}
