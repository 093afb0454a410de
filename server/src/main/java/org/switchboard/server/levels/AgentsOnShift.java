package org.switchboard.server.levels;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.switchboard.bot.callback.Rota;
import org.switchboard.bot.callback.Shift;

/**
 * How many people are on shift at each weekday and hour, seen from a time zone, from the teams'
 * call back rotas (each rota is in its team's own zone): the staffing to set beside the
 * peak-hours heatmaps. A person on two teams' rotas at once counts once. The week is the one
 * holding {@code weekOf}, so daylight saving is that week's.
 */
public final class AgentsOnShift {
    private AgentsOnShift() {
    }

    /** [weekday Monday..Sunday][hour 0..23] in {@code viewer}: people on shift for the whole of that hour. */
    public static int[][] count(Map<String, Rota> rotas, Map<String, ZoneId> zones, ZoneId viewer, LocalDate weekOf) {
        int[][] out = new int[7][24];
        LocalDate monday = weekOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                Instant at = monday.plusDays(d).atTime(h, 0).atZone(viewer).toInstant();
                Set<String> people = new HashSet<>();
                rotas.forEach((team, rota) -> {
                    ZonedDateTime local = at.atZone(zones.getOrDefault(team, ZoneId.of("UTC")));
                    LocalTime from = local.toLocalTime();
                    LocalTime to = from.plusHours(1);
                    if (to.isBefore(from)) {
                        to = LocalTime.MIDNIGHT;
                    }
                    for (Shift s : rota.shifts()) {
                        if (s.day() == local.getDayOfWeek() && s.covers(from, to)) {
                            people.add(s.agent());
                        }
                    }
                });
                out[d][h] = people.size();
            }
        }
        return out;
    }
}
