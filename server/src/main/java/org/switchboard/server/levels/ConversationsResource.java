package org.switchboard.server.levels;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.Role;

/**
 * {@code GET /api/service-levels/conversations?from&until&tz&q}: the conversations of a period —
 * volume, bot alone, handed off, resolved, decision mix, entries with their "No, that didn't
 * help" rate, satisfaction (overall, per team, per entry, comments matching {@code q}) and
 * messages by weekday and hour in {@code tz}; {@code GET …/conversations/{table}.csv} (entries,
 * comments, peak_hours) the same tables as CSV. Default period: the last 7 days. Supervisors and
 * admins; agents may read.
 */
@Path("service-levels/conversations")
public final class ConversationsResource {
    private final ConversationFigures figures;
    private final Clock clock;

    public ConversationsResource(ConversationFigures figures, Clock clock) {
        this.figures = Objects.requireNonNull(figures, "figures");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.SUPERVISOR, Role.ADMIN, Role.AGENT})
    public Map<String, Object> conversations(@QueryParam("from") String from, @QueryParam("until") String until,
                                             @QueryParam("tz") String tz, @QueryParam("q") String q) {
        Period p = Period.of(from, until, tz, clock, 7);
        ConversationFigures.Figures f = figures.compute(p.from(), p.until(), p.zone(), q);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", p.from().toString());
        m.put("until", p.until().toString());
        m.put("tz", p.zone().getId());
        m.put("conversations", f.conversations());
        m.put("bot_alone", f.botAlone());
        m.put("handed_off", f.handedOff());
        m.put("resolved", f.resolved());
        m.put("decisions", f.decisions());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ConversationFigures.Entry e : f.entries()) {
            entries.add(Map.of("faq_id", e.faqId(), "answered", e.answered(), "helpful", e.helpful(),
                    "not_helpful", e.notHelpful(), "not_helpful_rate", e.notHelpfulRate()));
        }
        m.put("entries", entries);
        Map<String, Object> satisfaction = new LinkedHashMap<>();
        satisfaction.put("overall", ratings(f.satisfaction()));
        Map<String, Object> byTeam = new LinkedHashMap<>();
        f.satisfactionByTeam().forEach((k, v) -> byTeam.put(k, ratings(v)));
        satisfaction.put("by_team", byTeam);
        Map<String, Object> byEntry = new LinkedHashMap<>();
        f.satisfactionByEntry().forEach((k, v) -> byEntry.put(k, ratings(v)));
        satisfaction.put("by_entry", byEntry);
        List<Map<String, Object>> comments = new ArrayList<>();
        for (ConversationFigures.Comment c : f.comments()) {
            comments.add(Map.of("conversation_id", c.conversationId(), "at", c.at().toString(), "rating", c.rating(),
                    "team", c.team(), "text", c.text()));
        }
        satisfaction.put("comments", comments);
        m.put("satisfaction", satisfaction);
        Map<String, Object> peak = new LinkedHashMap<>();
        List<String> days = ConversationFigures.weekdays();
        for (int d = 0; d < 7; d++) {
            List<Integer> hours = new ArrayList<>();
            for (int h : f.messagesByWeekdayHour()[d]) {
                hours.add(h);
            }
            peak.put(days.get(d), hours);
        }
        m.put("messages_by_weekday_hour", peak);
        return m;
    }

    @GET
    @Path("{table}.csv")
    @Produces("text/csv")
    @StaffOnly({Role.SUPERVISOR, Role.ADMIN, Role.AGENT})
    public Response csv(@PathParam("table") String table, @QueryParam("from") String from, @QueryParam("until") String until,
                        @QueryParam("tz") String tz, @QueryParam("q") String q) {
        Period p = Period.of(from, until, tz, clock, 7);
        ConversationFigures.Figures f = figures.compute(p.from(), p.until(), p.zone(), q);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            switch (table) {
                case "entries" -> {
                    csv.printRecord("faq_id", "answered", "helpful", "not_helpful", "not_helpful_rate");
                    for (ConversationFigures.Entry e : f.entries()) {
                        csv.printRecord(e.faqId(), e.answered(), e.helpful(), e.notHelpful(), e.notHelpfulRate());
                    }
                }
                case "comments" -> {
                    csv.printRecord("conversation_id", "at", "rating", "team", "text");
                    for (ConversationFigures.Comment c : f.comments()) {
                        csv.printRecord(c.conversationId(), c.at(), c.rating(), c.team(), safe(c.text()));
                    }
                }
                case "peak_hours" -> {
                    List<Object> header = new ArrayList<>(List.of("weekday"));
                    for (int h = 0; h < 24; h++) {
                        header.add(String.format("%02d", h));
                    }
                    csv.printRecord(header);
                    List<String> days = ConversationFigures.weekdays();
                    for (int d = 0; d < 7; d++) {
                        List<Object> row = new ArrayList<>(List.of(days.get(d)));
                        for (int n : f.messagesByWeekdayHour()[d]) {
                            row.add(n);
                        }
                        csv.printRecord(row);
                    }
                }
                default -> throw Period.bad("unknown table '" + table + "' (entries, comments, peak_hours)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + table + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    /** A visitor's comment opened in a spreadsheet must not run as a formula. */
    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static Map<String, Object> ratings(ConversationFigures.Ratings r) {
        List<Integer> d = new ArrayList<>();
        for (int n : r.distribution()) {
            d.add(n);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", r.count());
        m.put("average", r.count() == 0 ? null : Math.round(r.average() * 100) / 100.0);
        m.put("distribution", d);
        return m;
    }




}
