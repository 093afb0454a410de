package org.switchboard.server.listener;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.switchboard.faq.Language;
import org.switchboard.listener.Mention;
import org.switchboard.listener.NearDuplicates;
import org.switchboard.listener.Post;
import org.switchboard.listener.SuggestedReply;
import org.switchboard.listener.source.SourceState;
import org.switchboard.listener.understand.Labels;
import org.switchboard.listener.understand.Sentiment;
import org.switchboard.listener.watch.TermKind;
import org.switchboard.listener.watch.TermMatch;
import org.switchboard.server.jdbc.Transactions;

/**
 * Mentions and source states. {@link #store} files one poll's mentions and the source's next
 * state in one transaction: a crash before the commit loses neither half alone, so the restarted
 * poller asks the source again from the old cursor and finds the same posts, which
 * {@code mention_sighting} then recognises. Thread-safe, but the {@link NearDuplicates} handed
 * in belongs to one poller.
 */
public final class MentionRepository {
    private final Transactions transactions;
    private final Clock clock;

    public MentionRepository(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The source's stored state, or the initial state when it was never polled. */
    public SourceState state(String source) {
        return transactions.read("read the state of source " + source, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT cursor_state, usage_day, read_today, read_this_month"
                    + " FROM listener_source WHERE name = ?")) {
                ps.setString(1, source);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return SourceState.initial();
                    }
                    Date day = rs.getDate(2);
                    return new SourceState(rs.getString(1), day == null ? null : day.toLocalDate(), rs.getLong(3), rs.getLong(4));
                }
            }
        });
    }

    /**
     * Stores what a poll found (flagged mentions only) and the source's next state, in one
     * transaction. Each post is, in this order: already reported by this source (nothing
     * changes); the same post found before by another source (a sighting is added); a repost of,
     * or near-identical to, a stored mention (folded into it: its post count grows); else a new
     * mention. {@code near} learns the new mentions' fingerprints once the transaction commits.
     */
    public StoredPoll store(String source, String kind, List<Mention> mentions, SourceState next, NearDuplicates near) {
        Instant now = clock.instant();
        List<long[]> learned = new ArrayList<>();
        StoredPoll result = transactions.write("store a poll of source " + source, c -> {
            List<Long> created = new ArrayList<>();
            java.util.Set<Long> grown = new java.util.LinkedHashSet<>();
            int folded = 0;
            int seen = 0;
            for (Mention m : mentions) {
                if (!m.flagged()) {
                    continue;
                }
                String key = PostKey.of(kind, m.post());
                String original = PostKey.original(kind, m.post());
                OptionalLong existing = mentionOf(c, key);
                if (existing.isPresent()) {
                    if (sighting(c, source, key, existing.getAsLong(), "same_post", m.post(), now)) {
                        folded++;
                    } else {
                        seen++;
                    }
                    continue;
                }
                OptionalLong target = original.equals(key) ? OptionalLong.empty() : mentionOf(c, original);
                String how = "repost";
                if (target.isEmpty()) {
                    target = nearIn(near, learned, m.fingerprint());
                    how = "near_identical";
                }
                if (target.isPresent()) {
                    filePost(c, key, target.getAsLong());
                    sighting(c, source, key, target.getAsLong(), how, m.post(), now);
                    try (PreparedStatement ps = c.prepareStatement("UPDATE mention SET posts = posts + 1 WHERE id = ?")) {
                        ps.setLong(1, target.getAsLong());
                        ps.executeUpdate();
                    }
                    grown.add(target.getAsLong());
                    folded++;
                    continue;
                }
                long id = insert(c, source, m, now);
                filePost(c, key, id);
                if (!original.equals(key)) {
                    filePost(c, original, id);
                }
                sighting(c, source, key, id, "first", m.post(), now);
                learned.add(new long[] {m.fingerprint(), id});
                created.add(id);
            }
            saveState(c, source, kind, next, now);
            grown.removeAll(created);
            return new StoredPoll(created, folded, seen, new ArrayList<>(grown));
        });
        for (long[] l : learned) {
            near.add(l[0], l[1]);
        }
        return result;
    }

    /** Records a failed poll: the state is unchanged, the failure counted and its message kept. */
    public void recordFailure(String source, String kind, String message) {
        Instant now = clock.instant();
        transactions.write("record a failed poll of source " + source, c -> {
            ensureSource(c, source, kind);
            try (PreparedStatement ps = c.prepareStatement("UPDATE listener_source SET failures = failures + 1,"
                    + " last_error = ?, last_polled_at = ? WHERE name = ?")) {
                ps.setString(1, message);
                ps.setObject(2, utc(now));
                ps.setString(3, source);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every source polled so far, by name. */
    public List<SourceRecord> sources() {
        return transactions.read("list the listener's sources", c -> {
            List<SourceRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, kind, cursor_state, usage_day, read_today,"
                    + " read_this_month, last_polled_at, last_success_at, failures, last_error FROM listener_source ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date day = rs.getDate(4);
                    out.add(new SourceRecord(rs.getString(1), rs.getString(2),
                            new SourceState(rs.getString(3), day == null ? null : day.toLocalDate(), rs.getLong(5), rs.getLong(6)),
                            instant(rs, 7), instant(rs, 8), rs.getInt(9), rs.getString(10)));
                }
            }
            return out;
        });
    }

    /** Files the fingerprints of mentions found since {@code since} (at start, so restarts fold as before). */
    public int loadFingerprints(NearDuplicates near, Instant since) {
        return transactions.read("load recent fingerprints", c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint, id FROM mention"
                    + " WHERE found_at >= ? AND fingerprint <> 0 ORDER BY id")) {
                ps.setObject(1, utc(since));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        near.add(rs.getLong(1), rs.getLong(2));
                        n++;
                    }
                }
            }
            return n;
        });
    }

    /** The open mentions, highest priority first, then oldest. */
    public List<StoredMention> top(int limit) {
        return query("WHERE m.status = 'new' ORDER BY m.priority DESC, m.posted_at, m.id", limit, null);
    }

    /** One mention by id. */
    public Optional<StoredMention> find(long id) {
        List<StoredMention> l = query("WHERE m.id = ?", 1, id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** How many mentions are stored. */
    public long count() {
        return transactions.read("count mentions", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM mention")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<StoredMention> query(String where, int limit, Long id) {
        return transactions.read("read mentions", c -> {
            Map<Long, StoredMention> byId = new LinkedHashMap<>();
            Map<Long, Object[]> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.source, m.post_id, m.text, m.author, m.followers,"
                    + " m.engagement, m.url, m.posted_at, m.found_at, m.language, m.sentiment, m.sentiment_confidence,"
                    + " m.complaint, m.complaint_confidence, m.question, m.question_confidence, m.abusive, m.abusive_confidence,"
                    + " m.priority, m.suggested_faq_id, m.suggested_reply, m.suggested_confidence, m.fingerprint, m.posts, m.status"
                    + " FROM mention m " + where + " LIMIT " + Math.max(1, limit))) {
                if (id != null) {
                    ps.setLong(1, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Post post = new Post(rs.getString(3), rs.getString(2), rs.getString(4), rs.getString(5), rs.getLong(6),
                                rs.getLong(7), rs.getString(8), instant(rs, 9), null);
                        Labels labels = new Labels(Sentiment.valueOf(rs.getString(12).toUpperCase(java.util.Locale.ROOT)),
                                rs.getDouble(13), rs.getBoolean(14), rs.getDouble(15), rs.getBoolean(16), rs.getDouble(17),
                                rs.getBoolean(18), rs.getDouble(19));
                        String faqId = rs.getString(21);
                        Optional<SuggestedReply> reply = faqId == null ? Optional.empty()
                                : Optional.of(new SuggestedReply(faqId, rs.getString(22), rs.getDouble(23)));
                        rows.put(rs.getLong(1), new Object[] {post, Language.of(rs.getString(11)), labels, rs.getInt(20), reply,
                                rs.getLong(24), instant(rs, 10), rs.getInt(25), rs.getString(26)});
                    }
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Long, List<TermMatch>> terms = new HashMap<>();
            Map<Long, List<String>> sources = new HashMap<>();
            String ids = String.join(",", rows.keySet().stream().map(String::valueOf).toList());
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT mention_id, term, kind, start_offset, end_offset FROM mention_term"
                        + " WHERE mention_id IN (" + ids + ") ORDER BY mention_id, start_offset")) {
                    while (rs.next()) {
                        terms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new TermMatch(rs.getString(2),
                                TermKind.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT)), rs.getInt(4), rs.getInt(5)));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT DISTINCT mention_id, source FROM mention_sighting"
                        + " WHERE mention_id IN (" + ids + ") ORDER BY mention_id, source")) {
                    while (rs.next()) {
                        sources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            for (Map.Entry<Long, Object[]> e : rows.entrySet()) {
                Object[] r = e.getValue();
                @SuppressWarnings("unchecked")
                Optional<SuggestedReply> reply = (Optional<SuggestedReply>) r[4];
                Mention m = new Mention((Post) r[0], (Language) r[1], terms.getOrDefault(e.getKey(), List.of()), (Labels) r[2],
                        (Integer) r[3], reply, (Long) r[5]);
                byId.put(e.getKey(), new StoredMention(e.getKey(), m, (Instant) r[6], (Integer) r[7],
                        sources.getOrDefault(e.getKey(), List.of()), (String) r[8]));
            }
            return new ArrayList<>(byId.values());
        });
    }

    private static OptionalLong nearIn(NearDuplicates near, List<long[]> learned, long fingerprint) {
        for (long[] l : learned) {
            if (org.switchboard.listener.TextFingerprint.near(l[0], fingerprint)) {
                return OptionalLong.of(l[1]);
            }
        }
        return near.find(fingerprint);
    }

    private static OptionalLong mentionOf(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT mention_id FROM mention_post WHERE post_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static void filePost(Connection c, String key, long mentionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention_post (post_key, mention_id) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING")) {
            ps.setString(1, key);
            ps.setLong(2, mentionId);
            ps.executeUpdate();
        }
    }

    /** Adds a sighting unless this source already reported this post; true when added. */
    private static boolean sighting(Connection c, String source, String key, long mentionId, String how, Post post,
                                    Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention_sighting"
                + " (source, post_key, mention_id, how, author, url, found_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, source);
            ps.setString(2, key);
            ps.setLong(3, mentionId);
            ps.setString(4, how);
            ps.setString(5, post.author());
            ps.setString(6, post.url());
            ps.setObject(7, utc(now));
            return ps.executeUpdate() > 0;
        }
    }

    private static long insert(Connection c, String source, Mention m, Instant now) throws SQLException {
        Post p = m.post();
        Labels l = m.labels();
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention (source, post_id, text, author, followers,"
                + " engagement, url, posted_at, found_at, language, sentiment, sentiment_confidence, complaint,"
                + " complaint_confidence, question, question_confidence, abusive, abusive_confidence, priority,"
                + " suggested_faq_id, suggested_reply, suggested_confidence, fingerprint)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            ps.setString(i++, source);
            ps.setString(i++, p.id());
            ps.setString(i++, p.text());
            ps.setString(i++, p.author());
            ps.setLong(i++, p.followers());
            ps.setLong(i++, p.engagement());
            ps.setString(i++, p.url());
            ps.setObject(i++, utc(p.createdAt()));
            ps.setObject(i++, utc(now));
            ps.setString(i++, m.language().code());
            ps.setString(i++, l.sentiment().code());
            ps.setDouble(i++, l.sentimentConfidence());
            ps.setBoolean(i++, l.complaint());
            ps.setDouble(i++, l.complaintConfidence());
            ps.setBoolean(i++, l.question());
            ps.setDouble(i++, l.questionConfidence());
            ps.setBoolean(i++, l.abusive());
            ps.setDouble(i++, l.abusiveConfidence());
            ps.setInt(i++, m.priority());
            if (m.suggestedReply().isPresent()) {
                SuggestedReply r = m.suggestedReply().get();
                ps.setString(i++, r.faqId());
                ps.setString(i++, r.text());
                ps.setDouble(i++, r.confidence());
            } else {
                ps.setNull(i++, Types.VARCHAR);
                ps.setNull(i++, Types.VARCHAR);
                ps.setNull(i++, Types.DOUBLE);
            }
            ps.setLong(i, m.fingerprint());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention_term (mention_id, term, kind, start_offset, end_offset)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            for (TermMatch t : m.matches()) {
                ps.setLong(1, id);
                ps.setString(2, t.term());
                ps.setString(3, t.kind().code());
                ps.setInt(4, t.start());
                ps.setInt(5, t.end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    private static void ensureSource(Connection c, String source, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO listener_source (name, kind) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, source);
            ps.setString(2, kind);
            ps.executeUpdate();
        }
    }

    private static void saveState(Connection c, String source, String kind, SourceState s, Instant now) throws SQLException {
        ensureSource(c, source, kind);
        try (PreparedStatement ps = c.prepareStatement("UPDATE listener_source SET kind = ?, cursor_state = ?, usage_day = ?,"
                + " read_today = ?, read_this_month = ?, last_polled_at = ?, last_success_at = ?, failures = 0, last_error = NULL"
                + " WHERE name = ?")) {
            ps.setString(1, kind);
            ps.setString(2, s.cursor());
            if (s.usageDay() == null) {
                ps.setNull(3, Types.DATE);
            } else {
                ps.setDate(3, Date.valueOf(s.usageDay()));
            }
            ps.setLong(4, s.readToday());
            ps.setLong(5, s.readThisMonth());
            ps.setObject(6, utc(now));
            ps.setObject(7, utc(now));
            ps.setString(8, source);
            ps.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
