package org.switchboard.server.levels;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.switchboard.bot.callback.Rota;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.Role;

/**
 * {@code GET /api/service-levels/agents-on-shift?tz=…}: people on the teams' call back rotas at
 * each weekday and hour of this week, in {@code tz}, to set beside the peak hours. Supervisors and
 * admins; agents may read.
 */
@Path("service-levels/agents-on-shift")
@Produces(MediaType.APPLICATION_JSON)
public final class ShiftsResource {
    private final Supplier<List<String>> teams;
    private final Function<String, Rota> rota;
    private final Function<String, ZoneId> zone;
    private final Clock clock;

    public ShiftsResource(Supplier<List<String>> teams, Function<String, Rota> rota, Function<String, ZoneId> zone, Clock clock) {
        this.teams = Objects.requireNonNull(teams, "teams");
        this.rota = Objects.requireNonNull(rota, "rota");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @GET
    @StaffOnly({Role.SUPERVISOR, Role.ADMIN, Role.AGENT})
    public Map<String, Object> onShift(@QueryParam("tz") String tz) {
        ZoneId viewer = Period.zone(tz);
        Map<String, Rota> rotas = new LinkedHashMap<>();
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        for (String team : teams.get()) {
            rotas.put(team, rota.apply(team));
            zones.put(team, zone.apply(team));
        }
        int[][] counts = AgentsOnShift.count(rotas, zones, viewer, LocalDate.now(clock.withZone(viewer)));
        Map<String, Object> byDay = new LinkedHashMap<>();
        List<String> days = ConversationFigures.weekdays();
        for (int d = 0; d < 7; d++) {
            List<Integer> hours = new ArrayList<>();
            for (int n : counts[d]) {
                hours.add(n);
            }
            byDay.put(days.get(d), hours);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tz", viewer.getId());
        out.put("agents_by_weekday_hour", byDay);
        return out;
    }
}
