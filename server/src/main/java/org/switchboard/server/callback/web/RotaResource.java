package org.switchboard.server.callback.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.switchboard.bot.callback.Rota;
import org.switchboard.bot.callback.Shift;
import org.switchboard.server.callback.CallbackService;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.Role;

/**
 * A team's call back rota, for supervisors (the console's editor is built on this):
 *
 * <pre>
 * GET    /api/callbacks/rota/{team}   {"team", "source": "stored"|"config", "shifts": [{"day": "monday", "start": "08:00", "end": "14:00", "agent": "ana"}]}
 * PUT    /api/callbacks/rota/{team}   {"shifts": [...]}: replaces the whole rota (an empty list: nobody takes call backs)
 * DELETE /api/callbacks/rota/{team}   back to the rota of config/callbacks.yaml
 * </pre>
 *
 * Times are in the team's zone (hours.yaml); {@code "24:00"} ends a shift at midnight. Every agent
 * must be the login of an enabled agent or supervisor. Bookings already made are kept when the rota
 * changes. Bad input is a 400 naming the shift and the field, or the unknown logins.
 */
@Path("callbacks/rota/{team}")
@Produces(MediaType.APPLICATION_JSON)
public final class RotaResource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CallbackService service;
    private final Set<String> teams;
    private final java.util.function.Predicate<String> agents;

    /**
     * @param teams  the teams there are (handoff.yaml); others are 404
     * @param agents whether a login is a member of staff who takes calls (an agent or supervisor)
     */
    public RotaResource(CallbackService service, Set<String> teams, java.util.function.Predicate<String> agents) {
        this.service = service;
        this.teams = Set.copyOf(teams);
        this.agents = agents;
    }

    @GET
    @StaffOnly({Role.SUPERVISOR, Role.ADMIN})
    public Response get(@PathParam("team") String team) {
        if (!teams.contains(team)) {
            return error(404, "no team '" + team + "' (known: " + String.join(", ", teams.stream().sorted().toList()) + ")");
        }
        return Response.ok(view(team)).header("Cache-Control", "no-store").build();
    }

    @PUT
    @StaffOnly({Role.SUPERVISOR, Role.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("team") String team, String body, @Context SecurityContext security) {
        if (!teams.contains(team)) {
            return error(404, "no team '" + team + "'");
        }
        Rota rota;
        try {
            rota = parse(body);
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
        List<String> unknown = rota.shifts().stream().map(Shift::agent).distinct().filter(agents.negate()).sorted().toList();
        if (!unknown.isEmpty()) {
            return error(400, "not the login of an agent or supervisor: " + String.join(", ", unknown));
        }
        service.replaceRota(team, rota, security.getUserPrincipal().getName());
        return Response.ok(view(team)).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @StaffOnly({Role.SUPERVISOR, Role.ADMIN})
    public Response reset(@PathParam("team") String team) {
        if (!teams.contains(team)) {
            return error(404, "no team '" + team + "'");
        }
        service.resetRota(team);
        return Response.ok(view(team)).header("Cache-Control", "no-store").build();
    }

    private Map<String, Object> view(String team) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("team", team);
        out.put("source", service.storedRota(team) ? "stored" : "config");
        List<Map<String, String>> shifts = new ArrayList<>();
        for (Shift s : service.rota(team).shifts()) {
            Map<String, String> shift = new LinkedHashMap<>();
            shift.put("day", s.day().name().toLowerCase(Locale.ROOT));
            shift.put("start", s.start().toString());
            shift.put("end", s.end().equals(LocalTime.MIDNIGHT) ? "24:00" : s.end().toString());
            shift.put("agent", s.agent());
            shifts.add(shift);
        }
        out.put("shifts", shifts);
        return out;
    }

    static Rota parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw new IllegalArgumentException("the body must be JSON: {\"shifts\": [{\"day\", \"start\", \"end\", \"agent\"}]}");
        }
        if (root == null || !root.path("shifts").isArray()) {
            throw new IllegalArgumentException("'shifts' must be a list of {\"day\", \"start\", \"end\", \"agent\"}");
        }
        List<Shift> shifts = new ArrayList<>();
        int i = 0;
        for (JsonNode s : root.get("shifts")) {
            String where = "shifts[" + i++ + "]";
            try {
                DayOfWeek day = DayOfWeek.valueOf(s.path("day").asText().toUpperCase(Locale.ROOT));
                shifts.add(new Shift(day, time(s.path("start").asText(), where + ".start"), time(s.path("end").asText(), where + ".end"),
                        s.path("agent").asText()));
            } catch (IllegalArgumentException e) {
                String msg = e.getMessage() != null && e.getMessage().startsWith("No enum constant")
                        ? "'day' must be monday … sunday, not '" + s.path("day").asText() + "'" : e.getMessage();
                throw new IllegalArgumentException(where + ": " + msg);
            }
        }
        return new Rota(shifts);
    }

    private static LocalTime time(String text, String where) {
        if (text.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + where.substring(where.lastIndexOf('.') + 1) + "' must be HH:MM, not '" + text + "'");
        }
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(Map.of("error", message)).build();
    }
}
