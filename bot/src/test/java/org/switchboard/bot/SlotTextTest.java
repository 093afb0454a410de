package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.faq.Language;

/** A slot as the visitor reads it: their zone's offset on that day, across daylight-saving changes. */
class SlotTextTest {
    private final SlotText text = new SlotText(Fixtures.PHRASES);

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "2026-10-30T13:00:00Z, America/New_York, Friday 30 Oct 2026, 09:00, 'America/New_York, UTC-04:00'",
            "2026-11-02T14:00:00Z, America/New_York, Monday 2 Nov 2026, 09:00, 'America/New_York, UTC-05:00'",
            "2026-03-06T14:00:00Z, America/New_York, Friday 6 Mar 2026, 09:00, 'America/New_York, UTC-05:00'",
            "2026-03-09T13:00:00Z, America/New_York, Monday 9 Mar 2026, 09:00, 'America/New_York, UTC-04:00'",
            "2026-03-29T00:30:00Z, Europe/Athens, Sunday 29 Mar 2026, 02:30, 'Europe/Athens, UTC+02:00'",
            "2026-03-29T01:00:00Z, Europe/Athens, Sunday 29 Mar 2026, 04:00, 'Europe/Athens, UTC+03:00'",
            "2026-10-25T00:30:00Z, Europe/Athens, Sunday 25 Oct 2026, 03:30, 'Europe/Athens, UTC+03:00'",
            "2026-10-25T01:30:00Z, Europe/Athens, Sunday 25 Oct 2026, 03:30, 'Europe/Athens, UTC+02:00'",
            "2026-03-29T00:30:00Z, Asia/Ho_Chi_Minh, Sunday 29 Mar 2026, 07:30, 'Asia/Ho_Chi_Minh, UTC+07:00'",
            "2026-03-29T16:30:00Z, Asia/Manila, Monday 30 Mar 2026, 00:30, 'Asia/Manila, UTC+08:00'",
            "2026-03-28T21:30:00Z, Asia/Riyadh, Sunday 29 Mar 2026, 00:30, 'Asia/Riyadh, UTC+03:00'"})
    void dayTimeAndZoneInTheVisitorsZone(String instant, String zone, String day, String time, String shown) {
        Instant at = Instant.parse(instant);
        ZoneId z = ZoneId.of(zone);
        assertEquals(day, text.day(at, z, Language.ENGLISH));
        assertEquals(time, text.time(at, z));
        assertEquals(shown, text.zone(at, z));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "VIETNAMESE, Asia/Ho_Chi_Minh",
            "GREEK, Europe/Athens",
            "TAGALOG, Asia/Manila",
            "ARABIC, Asia/Riyadh"})
    void theDayIsNamedInTheVisitorsLanguage(Language language, String zone) {
        Instant at = Instant.parse("2026-11-24T09:00:00Z"); // a Tuesday everywhere here
        String day = text.day(at, ZoneId.of(zone), language);
        String tuesday = Fixtures.PHRASES.text(language, org.switchboard.bot.phrasing.Phrase.DAY_TUESDAY);
        org.junit.jupiter.api.Assertions.assertTrue(day.startsWith(tuesday + " ") && day.contains("24") && day.contains("2026"), day);
    }
}
