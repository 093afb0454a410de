package org.switchboard.server.levels;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
 * {@code GET /api/service-levels/standards?from=…&until=…&tz=…}: every configured standard with
 * its value, target, whether it is met, the day-by-day trend in {@code tz} and the breaches
 * (conversation ids to open). Without {@code from}/{@code until} each standard covers its own
 * period up to now. Supervisors and admins; agents may read (issue 9: read-only for agents).
 */
@Path("service-levels/standards")
@Produces(MediaType.APPLICATION_JSON)
public final class StandardsResource {
    private final List<Standard> standards;
    private final StandardsEvaluator evaluator;

    public StandardsResource(List<Standard> standards, StandardsEvaluator evaluator) {
        this.standards = List.copyOf(standards);
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    @GET
    @StaffOnly({Role.SUPERVISOR, Role.ADMIN, Role.AGENT})
    public Map<String, Object> standards(@QueryParam("from") String from, @QueryParam("until") String until,
                                         @QueryParam("tz") String tz) {
        ZoneId zone = Period.zone(tz);
        boolean given = !Period.blank(from) || !Period.blank(until);
        Instant start = null;
        Instant end = null;
        if (given) {
            if (Period.blank(from) || Period.blank(until)) {
                throw Period.bad("give both 'from' and 'until', or neither");
            }
            start = Period.instant(from, "from");
            end = Period.instant(until, "until");
            Period.check(start, end);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Standard s : standards) {
            StandardReport r = given ? evaluator.evaluate(s, start, end, zone) : evaluator.evaluate(s, zone);
            out.add(json(r));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tz", zone.getId());
        body.put("standards", out);
        return body;
    }

    static Map<String, Object> json(StandardReport r) {
        Standard s = r.standard();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("measure", s.measure().code());
        m.put("percentile", s.percentile());
        m.put("limit_seconds", s.limit().toSeconds());
        m.put("from", r.from().toString());
        m.put("until", r.until().toString());
        m.put("counted", r.counted());
        m.put("within", r.within());
        m.put("attained", r.attained().orElse(null));
        m.put("met", r.met().orElse(null));
        m.put("seconds_at_percentile", r.atPercentile().map(d -> d.toMillis() / 1000.0).orElse(null));
        List<Map<String, Object>> trend = new ArrayList<>();
        for (StandardReport.Day d : r.trend()) {
            trend.add(Map.of("date", d.date().toString(), "counted", d.counted(), "within", d.within(), "attained", d.attained()));
        }
        m.put("trend", trend);
        List<Map<String, Object>> breaches = new ArrayList<>();
        for (Sample b : r.breaches()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", b.kind());
            x.put("id", b.id());
            x.put("conversation_id", b.conversationId());
            x.put("at", b.at().toString());
            x.put("seconds", b.measured().toMillis() / 1000.0);
            x.put("still_open", b.open());
            breaches.add(x);
        }
        m.put("breaches", breaches);
        return m;
    }


}
