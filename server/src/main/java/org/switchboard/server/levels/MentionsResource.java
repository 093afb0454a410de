package org.switchboard.server.levels;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.Role;

/**
 * {@code GET /api/service-levels/mentions?from&until&tz}: mentions per watched term and day
 * (volume, sentiment, complaints) and by weekday and hour, in {@code tz}. Default period: the last
 * 7 days. Supervisors, admins and the social team; agents may read.
 */
@Path("service-levels/mentions")
@Produces(MediaType.APPLICATION_JSON)
public final class MentionsResource {
    private final MentionFigures figures;
    private final Clock clock;

    public MentionsResource(MentionFigures figures, Clock clock) {
        this.figures = Objects.requireNonNull(figures, "figures");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @GET
    @StaffOnly({Role.SUPERVISOR, Role.ADMIN, Role.SOCIAL, Role.AGENT})
    public Map<String, Object> mentions(@QueryParam("from") String from, @QueryParam("until") String until,
                                        @QueryParam("tz") String tz) {
        Period p = Period.of(from, until, tz, clock, 7);
        Instant start = p.from();
        Instant end = p.until();
        ZoneId zone = p.zone();
        MentionFigures.Figures f = figures.compute(start, end, zone);
        List<Map<String, Object>> terms = new ArrayList<>();
        f.byTermAndDay().forEach((term, days) -> {
            List<Map<String, Object>> series = new ArrayList<>();
            days.forEach((date, d) -> series.add(Map.of("date", date.toString(), "mentions", d.mentions(),
                    "negative", d.negative(), "neutral", d.neutral(), "positive", d.positive(), "complaints", d.complaints())));
            terms.add(Map.of("term", term, "kind", f.kinds().get(term), "days", series));
        });
        Map<String, Object> heat = new LinkedHashMap<>();
        List<String> names = ConversationFigures.weekdays();
        for (int d = 0; d < 7; d++) {
            List<Integer> hours = new ArrayList<>();
            for (int n : f.byWeekdayHour()[d]) {
                hours.add(n);
            }
            heat.put(names.get(d), hours);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", start.toString());
        out.put("until", end.toString());
        out.put("tz", zone.getId());
        out.put("terms", terms);
        out.put("mentions_by_weekday_hour", heat);
        return out;
    }


}
