package org.switchboard.server.triage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.server.jdbc.Transactions;

/**
 * Surges and the counts they are judged on. {@link #counts} reads, per term, the negative
 * mentions ({@code mention.sentiment = 'negative'}) in each window back from now, by the time
 * the post was made ({@code posted_at}: a source polled for the first time brings old posts,
 * which belong to their own hour, not to this one). A mention counts once per term however
 * often it names it. Surges are stored in {@code triage_surge} (V8), at most one active per term.
 */
public final class SurgeRepository {
    private static final String COLUMNS = "id, term, kind, started_at, ended_at, mentions, usual, std_dev, threshold,"
            + " window_from, window_to, peak, latest";

    private final Transactions transactions;

    public SurgeRepository(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** A term's negative mentions per window, newest first: {@code buckets[0]} is the latest window. */
    public record TermCounts(String term, String kind, int[] buckets) {
        public int current() {
            return buckets[0];
        }

        /** The windows before the latest, newest first. */
        public int[] history() {
            return java.util.Arrays.copyOfRange(buckets, 1, buckets.length);
        }
    }

    /**
     * Counts negative mentions per term in the latest window and the {@code rule}'s history
     * windows before it, for the terms given (all terms when null). Terms without a negative
     * mention in that time are left out.
     */
    public Map<String, TermCounts> counts(Instant now, SurgeRule rule, Collection<String> terms) {
        long windowSeconds = rule.window().toSeconds();
        int buckets = rule.historyBuckets() + 1;
        Instant from = now.minus(rule.window().multipliedBy(buckets));
        StringBuilder sql = new StringBuilder("SELECT term, MAX(kind), bucket, COUNT(*) FROM ("
                + " SELECT DISTINCT t.term, t.kind, m.id,"
                + " FLOOR((CAST(? AS DOUBLE PRECISION) - EXTRACT(EPOCH FROM m.posted_at)) / CAST(? AS DOUBLE PRECISION)) AS bucket"
                + " FROM mention m JOIN mention_term t ON t.mention_id = m.id"
                + " WHERE m.sentiment = 'negative' AND m.posted_at > ? AND m.posted_at <= ?");
        List<String> wanted = terms == null ? List.of() : List.copyOf(terms);
        if (terms != null) {
            if (wanted.isEmpty()) {
                return Map.of();
            }
            sql.append(" AND t.term IN (").append(String.join(", ", wanted.stream().map(t -> "?").toList())).append(")");
        }
        sql.append(") x GROUP BY term, bucket ORDER BY term, bucket");
        return transactions.read("count negative mentions per term", c -> {
            Map<String, TermCounts> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setDouble(i++, now.getEpochSecond() + now.getNano() / 1e9);
                ps.setDouble(i++, windowSeconds);
                ps.setObject(i++, utc(from));
                ps.setObject(i++, utc(now));
                for (String t : wanted) {
                    ps.setString(i++, t);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int bucket = (int) rs.getDouble(3);
                        if (bucket < 0 || bucket >= buckets) {
                            continue; // rounding at the oldest edge
                        }
                        String kind = rs.getString(2);
                        TermCounts tc = out.computeIfAbsent(rs.getString(1), term -> new TermCounts(term, kind, new int[buckets]));
                        tc.buckets()[bucket] += rs.getInt(4);
                    }
                }
            }
            return out;
        });
    }

    /** The surges still active, oldest first. */
    public List<Surge> active() {
        return list("WHERE ended_at IS NULL ORDER BY started_at, id", 1000);
    }

    /** The latest surges, active or ended, newest first. */
    public List<Surge> recent(int limit) {
        return list("ORDER BY started_at DESC, id DESC", limit);
    }

    /**
     * Stores a new active surge of {@code term}, unless one is active already.
     *
     * @return the stored surge; empty when the term already had an active surge (nothing changes)
     */
    public Optional<Surge> start(String term, String kind, SurgeRule.Verdict v, Instant since, Instant until, Instant now) {
        return transactions.write("store a surge of " + term, c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO triage_surge (term, kind, active_term, started_at,"
                    + " mentions, usual, std_dev, threshold, window_from, window_to, peak, latest)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                int i = 1;
                ps.setString(i++, term);
                ps.setString(i++, kind);
                ps.setString(i++, term);
                ps.setObject(i++, utc(now));
                ps.setInt(i++, v.count());
                ps.setDouble(i++, v.usual());
                ps.setDouble(i++, v.stdDev());
                ps.setDouble(i++, v.threshold());
                ps.setObject(i++, utc(since));
                ps.setObject(i++, utc(until));
                ps.setInt(i++, v.count());
                ps.setInt(i, v.count());
                if (ps.executeUpdate() == 0) {
                    return Optional.<Surge>empty();
                }
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            return Optional.of(new Surge(id, term, kind, now, null, v.count(), v.usual(), v.stdDev(), v.threshold(), since,
                    until, v.count(), v.count()));
        });
    }

    /** Records an active surge's latest count (and its peak, when higher). */
    public void update(long id, int latest) {
        transactions.write("update surge " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE triage_surge SET latest = ?,"
                    + " peak = CASE WHEN peak < ? THEN ? ELSE peak END WHERE id = ? AND ended_at IS NULL")) {
                ps.setInt(1, latest);
                ps.setInt(2, latest);
                ps.setInt(3, latest);
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Ends an active surge: the rate fell back. True when it was active. */
    public boolean end(long id, int latest, Instant now) {
        return transactions.write("end surge " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE triage_surge SET active_term = NULL, ended_at = ?, latest = ?"
                    + " WHERE id = ? AND ended_at IS NULL")) {
                ps.setObject(1, utc(now));
                ps.setInt(2, latest);
                ps.setLong(3, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** One surge by id. */
    public Optional<Surge> find(long id) {
        return transactions.read("read surge " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM triage_surge WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<Surge>empty();
                }
            }
        });
    }

    private List<Surge> list(String tail, int limit) {
        return transactions.read("list surges", c -> {
            List<Surge> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM triage_surge " + tail
                    + " LIMIT " + Math.max(1, limit));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    private static Surge row(ResultSet rs) throws SQLException {
        return new Surge(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5), rs.getInt(6),
                rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), instant(rs, 10), instant(rs, 11), rs.getInt(12), rs.getInt(13));
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
