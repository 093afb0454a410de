package org.switchboard.server.levels;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.switchboard.server.jdbc.Transactions;

/**
 * The listener's mentions of a period for the dashboard: per watched term and day (in a zone)
 * how many and how many of each sentiment and complaints; and mentions by weekday and hour (peak
 * hours beside the chats'). Counted by the time each was posted. Thread-safe.
 */
public final class MentionFigures {
    private final Transactions transactions;

    public MentionFigures(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** One term's mentions on one day. */
    public record Day(int mentions, int negative, int neutral, int positive, int complaints) {
        Day plus(String sentiment, boolean complaint) {
            return new Day(mentions + 1, negative + (sentiment.equals("negative") ? 1 : 0),
                    neutral + (sentiment.equals("neutral") ? 1 : 0), positive + (sentiment.equals("positive") ? 1 : 0),
                    complaints + (complaint ? 1 : 0));
        }
    }

    /** Per term (its kind beside it), per day; and mentions by weekday (Monday first) and hour. */
    public record Figures(Map<String, String> kinds, Map<String, Map<LocalDate, Day>> byTermAndDay, int[][] byWeekdayHour) {
    }

    /** Mentions posted in [from, until), days and hours in {@code zone}. A mention naming two terms counts for each. */
    public Figures compute(Instant from, Instant until, ZoneId zone) {
        return transactions.read("read the mentions of a period", c -> {
            Map<String, String> kinds = new TreeMap<>();
            Map<String, Map<LocalDate, Day>> byTerm = new TreeMap<>();
            int[][] heat = new int[7][24];
            try (PreparedStatement ps = c.prepareStatement("SELECT m.posted_at, m.sentiment, m.complaint FROM mention m"
                    + " WHERE m.posted_at >= ? AND m.posted_at < ?")) {
                ps.setObject(1, from.atOffset(ZoneOffset.UTC));
                ps.setObject(2, until.atOffset(ZoneOffset.UTC));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ZonedDateTime t = rs.getObject(1, OffsetDateTime.class).toInstant().atZone(zone);
                        heat[t.getDayOfWeek().getValue() - 1][t.getHour()]++;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT m.id, t.term, t.kind, m.posted_at, m.sentiment, m.complaint"
                    + " FROM mention m JOIN mention_term t ON t.mention_id = m.id WHERE m.posted_at >= ? AND m.posted_at < ?")) {
                ps.setObject(1, from.atOffset(ZoneOffset.UTC));
                ps.setObject(2, until.atOffset(ZoneOffset.UTC));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String term = rs.getString(2);
                        kinds.put(term, rs.getString(3));
                        LocalDate day = rs.getObject(4, OffsetDateTime.class).toInstant().atZone(zone).toLocalDate();
                        byTerm.computeIfAbsent(term, k -> new TreeMap<>())
                                .merge(day, new Day(0, 0, 0, 0, 0).plus(rs.getString(5), rs.getBoolean(6)),
                                        (a, b) -> new Day(a.mentions() + b.mentions(), a.negative() + b.negative(),
                                                a.neutral() + b.neutral(), a.positive() + b.positive(), a.complaints() + b.complaints()));
                    }
                }
            }
            return new Figures(kinds, byTerm, heat);
        });
    }
}
