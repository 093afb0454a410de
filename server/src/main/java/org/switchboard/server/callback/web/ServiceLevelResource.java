package org.switchboard.server.callback.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.server.callback.Appointments;
import org.switchboard.server.callback.KeepingRules;
import org.switchboard.server.callback.ServiceLevels;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.Role;

/**
 * {@code GET /api/service-levels/callbacks?from=…&until=…&team=…} (supervisors and admins): the
 * call backs promised in the period, kept, late, unanswered and rescheduled, and the kept and
 * no-show rates (docs/callbacks.md), counted by the promised time. {@code from} and {@code until}
 * are ISO instants (default: from 30 days ago, and up to 90 days ahead, since only calls already
 * made have an outcome and one made early counts by its promised time); {@code team} is optional.
 */
@Path("service-levels")
@Produces(MediaType.APPLICATION_JSON)
public final class ServiceLevelResource {
    private static final Duration MAX_PERIOD = Duration.ofDays(366);
    /** By default the period reaches this far ahead too: a call made early counts by its promised time. */
    private static final Duration AHEAD = Duration.ofDays(90);

    private final Appointments appointments;
    private final KeepingRules rules;
    private final List<String> teams;
    private final Clock clock;

    public ServiceLevelResource(Appointments appointments, KeepingRules rules, List<String> teams, Clock clock) {
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.teams = List.copyOf(teams);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @GET
    @Path("callbacks")
    @StaffOnly({Role.SUPERVISOR, Role.ADMIN})
    public Map<String, Object> callbacks(@QueryParam("from") String from, @QueryParam("until") String until,
                                         @QueryParam("team") String team) {
        Instant now = clock.instant();
        Instant end = until == null || until.isBlank() ? now.plus(AHEAD) : instant(until, "until");
        Instant start = from == null || from.isBlank() ? now.minus(Duration.ofDays(30)) : instant(from, "from");
        if (!end.isAfter(start)) {
            throw bad("'until' must be after 'from'");
        }
        if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw bad("the period is at most 366 days");
        }
        String t = team == null || team.isBlank() ? null : team;
        if (t != null && !teams.contains(t)) {
            throw bad("unknown team '" + t + "' (teams: " + String.join(", ", teams) + ")");
        }
        ServiceLevels s = appointments.serviceLevels(start, end, t);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", start.toString());
        out.put("until", end.toString());
        out.put("team", t);
        out.put("kept_within_minutes", rules.keptWithin().toMinutes());
        out.put("calls", s.calls());
        out.put("kept", s.kept());
        out.put("late", s.late());
        out.put("no_show", s.noShow());
        out.put("rescheduled", s.rescheduled());
        out.put("kept_rate", s.keptRate());
        out.put("no_show_rate", s.noShowRate());
        return out;
    }

    private static Instant instant(String text, String name) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw bad("'" + name + "' must be an ISO instant such as 2026-11-01T00:00:00Z");
        }
    }

    private static WebApplicationException bad(String message) {
        return new WebApplicationException(message, Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").entity(Map.of("error", message)).build());
    }
}
