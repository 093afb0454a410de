package org.switchboard.server.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.callback.Rota;
import org.switchboard.bot.callback.Shift;

class AgentsOnShiftTest {
    private static final Rota ATHENS = new Rota(List.of(
            new Shift(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), "eleni"),
            new Shift(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(15, 0), "nikos")));
    private static final Rota MANILA = new Rota(List.of(
            new Shift(DayOfWeek.MONDAY, LocalTime.of(15, 0), LocalTime.of(20, 0), "eleni"),
            new Shift(DayOfWeek.TUESDAY, LocalTime.of(0, 0), LocalTime.of(2, 0), "jose")));

    @Test
    void shiftsInTheirTeamsZonesAreCountedInTheViewersZoneAndEachPersonOnce() {
        Map<String, Rota> rotas = Map.of("athens", ATHENS, "manila", MANILA);
        Map<String, ZoneId> zones = Map.of("athens", ZoneId.of("Europe/Athens"), "manila", ZoneId.of("Asia/Manila"));
        int[][] utc = AgentsOnShift.count(rotas, zones, ZoneId.of("UTC"), LocalDate.parse("2026-11-25"));
        // Athens is UTC+2 in November: eleni 07:00-15:00 UTC, nikos 11:00-13:00 UTC
        assertEquals(0, utc[0][6]);
        assertEquals(1, utc[0][7]);
        assertEquals(2, utc[0][11]);
        assertEquals(1, utc[0][13]);
        // Manila is UTC+8: eleni also 07:00-12:00 UTC there (counted once), jose Tuesday 00:00-02:00 = Monday 16:00-18:00 UTC
        assertEquals(2, utc[0][12], "eleni (once) and nikos");
        assertEquals(1, utc[0][16]);
        assertEquals(1, utc[0][17]);
        assertEquals(0, utc[0][18]);
        assertEquals(0, utc[1][0]);
        // the same week seen from Athens: eleni 09:00-17:00 there
        int[][] athens = AgentsOnShift.count(rotas, zones, ZoneId.of("Europe/Athens"), LocalDate.parse("2026-11-25"));
        assertEquals(1, athens[0][9]);
        assertEquals(0, athens[0][8]);
        assertEquals(2, athens[0][13]);
    }

    @Test
    void summerTimeIsThatWeeksOwn() {
        Map<String, Rota> rotas = Map.of("athens", ATHENS);
        Map<String, ZoneId> zones = Map.of("athens", ZoneId.of("Europe/Athens"));
        // in July Athens is UTC+3: eleni 06:00-14:00 UTC
        int[][] july = AgentsOnShift.count(rotas, zones, ZoneId.of("UTC"), LocalDate.parse("2026-07-08"));
        assertEquals(1, july[0][6]);
        assertEquals(0, july[0][14]);
    }
}
