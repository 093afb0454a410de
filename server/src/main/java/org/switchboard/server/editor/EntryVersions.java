package org.switchboard.server.editor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.faq.FaqEntry;

/**
 * The SQL of the entries and their versions (V10: {@code faq_entry}, {@code faq_entry_version},
 * {@code faq_index_push}). Every method works on the caller's connection, so that
 * {@link FaqLibrary} makes each change, with the corpus it hands to the bot, one transaction.
 * A change locks the entry's row ({@code SELECT … FOR UPDATE}) and appends version head + 1 only
 * if the editor's {@code base_version} is still the head. Stateless and thread-safe.
 */
final class EntryVersions {
    private static final String STATE = "SELECT e.id, e.head_version, e.live_version, e.updated_at, e.updated_by,"
            + " h.content AS head_content, l.content AS live_content FROM faq_entry e"
            + " JOIN faq_entry_version h ON h.entry_id = e.id AND h.version = e.head_version"
            + " LEFT JOIN faq_entry_version l ON l.entry_id = e.id AND l.version = e.live_version";

    /** One stored version. */
    record Version(String entryId, int version, String author, Instant at, String action, EntryContent content,
                   Integer liveVersion) {
    }

    /** An entry as it is now: its head, and what the bot serves (null: not served). */
    record State(String id, int headVersion, Integer liveVersion, EntryContent head, EntryContent live, Instant updatedAt,
                 String updatedBy) {
        boolean published() {
            return liveVersion != null && liveVersion == headVersion;
        }
    }

    boolean isEmpty(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM faq_entry"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    /** Every entry, by id. */
    List<State> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STATE + " ORDER BY e.id")) {
            return states(ps);
        }
    }

    /** One entry, without locking. */
    Optional<State> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STATE + " WHERE e.id = ?")) {
            ps.setString(1, id);
            return states(ps).stream().findFirst();
        }
    }

    /** One entry, its row locked until the transaction ends. */
    Optional<State> lock(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM faq_entry WHERE id = ? FOR UPDATE")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
            }
        }
        return find(c, id);
    }

    /** The entries the bot serves (each at its live version), by id. */
    Map<String, FaqEntry> served(Connection c) throws SQLException {
        Map<String, FaqEntry> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.content FROM faq_entry e JOIN faq_entry_version v"
                + " ON v.entry_id = e.id AND v.version = e.live_version ORDER BY e.id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                EntryContent content = EntryContent.parse(rs.getString(1));
                out.put(content.id(), content.entry());
            }
        }
        return out;
    }

    /** Version 1 of a new entry; {@code live}: the bot serves it at once. */
    void create(Connection c, EntryContent content, String action, String author, Instant at, boolean live) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO faq_entry (id, head_version, live_version, language, category,"
                + " owner, review_by, created_at, updated_at, updated_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, content.id());
            ps.setObject(2, live ? 1 : null, Types.INTEGER);
            ps.setString(3, content.entry().language().code());
            ps.setString(4, content.category());
            ps.setString(5, content.owner());
            ps.setObject(6, content.reviewBy(), Types.DATE);
            ps.setObject(7, utc(at));
            ps.setObject(8, utc(at));
            ps.setString(9, author);
            ps.executeUpdate();
        }
        insertVersion(c, content, 1, action, author, at, live ? 1 : null);
    }

    /**
     * Appends version head + 1 to a locked entry.
     *
     * @param liveVersion the version whose content the bot serves after this change; null: none
     * @return the new head version
     */
    int append(Connection c, State current, EntryContent content, String action, String author, Instant at, Integer liveVersion)
            throws SQLException {
        int next = current.headVersion() + 1;
        try (PreparedStatement ps = c.prepareStatement("UPDATE faq_entry SET head_version = ?, live_version = ?, language = ?,"
                + " category = ?, owner = ?, review_by = ?, updated_at = ?, updated_by = ? WHERE id = ? AND head_version = ?")) {
            ps.setInt(1, next);
            ps.setObject(2, liveVersion, Types.INTEGER);
            ps.setString(3, content.entry().language().code());
            ps.setString(4, content.category());
            ps.setString(5, content.owner());
            ps.setObject(6, content.reviewBy(), Types.DATE);
            ps.setObject(7, utc(at));
            ps.setString(8, author);
            ps.setString(9, current.id());
            ps.setInt(10, current.headVersion());
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("entry '" + current.id() + "' moved while locked");
            }
        }
        insertVersion(c, content, next, action, author, at, liveVersion);
        return next;
    }

    /** Every version of an entry, newest first. */
    List<Version> versions(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT entry_id, version, author, at, action, content, live_version"
                + " FROM faq_entry_version WHERE entry_id = ? ORDER BY version DESC")) {
            ps.setString(1, id);
            return versions(ps);
        }
    }

    Optional<Version> version(Connection c, String id, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT entry_id, version, author, at, action, content, live_version"
                + " FROM faq_entry_version WHERE entry_id = ? AND version = ?")) {
            ps.setString(1, id);
            ps.setInt(2, version);
            return versions(ps).stream().findFirst();
        }
    }

    /** Whether this corpus (by {@link ServedCorpus#hash}) was ever handed to the bot's index. */
    boolean pushed(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM faq_index_push WHERE corpus_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    void recordPush(Connection c, String hash, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO faq_index_push (corpus_hash, pushed_at) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING")) {
            ps.setString(1, hash);
            ps.setObject(2, utc(at));
            ps.executeUpdate();
        }
    }

    private static void insertVersion(Connection c, EntryContent content, int version, String action, String author, Instant at,
                                      Integer liveVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO faq_entry_version (entry_id, version, author, at, action, content,"
                + " live_version) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, content.id());
            ps.setInt(2, version);
            ps.setString(3, author);
            ps.setObject(4, utc(at));
            ps.setString(5, action);
            ps.setString(6, content.json());
            ps.setObject(7, liveVersion, Types.INTEGER);
            ps.executeUpdate();
        }
    }

    private static List<State> states(PreparedStatement ps) throws SQLException {
        List<State> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String live = rs.getString("live_content");
                out.add(new State(rs.getString("id"), rs.getInt("head_version"), (Integer) rs.getObject("live_version", Integer.class),
                        EntryContent.parse(rs.getString("head_content")), live == null ? null : EntryContent.parse(live),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by")));
            }
        }
        return out;
    }

    private static List<Version> versions(PreparedStatement ps) throws SQLException {
        List<Version> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Version(rs.getString("entry_id"), rs.getInt("version"), rs.getString("author"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("action"),
                        EntryContent.parse(rs.getString("content")), rs.getObject("live_version", Integer.class)));
            }
        }
        return out;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
