package org.switchboard.server.unanswered;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.switchboard.faq.Language;
import org.switchboard.server.jdbc.Author;
import org.switchboard.server.jdbc.StoredEvent;
import org.switchboard.server.jdbc.Transactions;

/**
 * The SQL of unanswered questions: the event logs of recent conversations (only the event types
 * {@link ChatQuestions} reads, only conversations in which the bot offered options, handed off or
 * heard whether an answer helped), the listener's public questions that no entry answered, and
 * the handled references ({@code unanswered_handled}, V12). Thread-safe.
 */
final class UnansweredRepository {
    /** Links and @handles are not part of a public post's question. */
    private static final Pattern LINKS_AND_HANDLES = Pattern.compile("https?://\\S+|(?<![\\w@])@\\w+");
    private static final String TYPES = ChatQuestions.TYPES.stream().sorted().map(t -> "'" + t + "'")
            .collect(Collectors.joining(", "));
    private static final String EVENT_COLUMNS = "e.conversation_id, e.sequence, e.type, e.author, e.payload, e.created_at,"
            + " e.client_message_id";

    private final Transactions transactions;

    UnansweredRepository(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** The logs of the conversations active since {@code since} in which a question may have gone unanswered. */
    List<List<StoredEvent>> chatLogs(Instant since) {
        return transactions.read("read recent conversations for unanswered questions", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM conversation_event e"
                    + " JOIN conversation c ON c.id = e.conversation_id"
                    + " WHERE c.updated_at >= ? AND e.type IN (" + TYPES + ")"
                    + " AND EXISTS (SELECT 1 FROM conversation_event x WHERE x.conversation_id = c.id"
                    + " AND x.type IN ('OptionsOffered', 'ClarificationAsked', 'HandoffRequested', 'HelpfulnessAnswered'))"
                    + " ORDER BY e.conversation_id, e.sequence")) {
                ps.setObject(1, since.atOffset(ZoneOffset.UTC));
                return logs(ps);
            }
        });
    }

    /** One conversation's log (the event types {@link ChatQuestions} reads), empty when there is no such conversation. */
    List<StoredEvent> chatLog(long conversationId) {
        return transactions.read("read a conversation for unanswered questions", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM conversation_event e"
                    + " WHERE e.conversation_id = ? AND e.type IN (" + TYPES + ") ORDER BY e.sequence")) {
                ps.setLong(1, conversationId);
                List<List<StoredEvent>> logs = logs(ps);
                return logs.isEmpty() ? List.of() : logs.get(0);
            }
        });
    }

    /** The listener's public questions posted since {@code since} that no FAQ entry answered. */
    List<UnansweredQuestion> mentions(Instant since) {
        return transactions.read("read unanswered public questions", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, text, language, posted_at FROM mention"
                    + " WHERE question = TRUE AND suggested_faq_id IS NULL AND posted_at >= ? ORDER BY id")) {
                ps.setObject(1, since.atOffset(ZoneOffset.UTC));
                return mentions(ps);
            }
        });
    }

    /** One of the listener's unanswered public questions, if this mention is one. */
    Optional<UnansweredQuestion> mention(long id) {
        return transactions.read("read an unanswered public question", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, text, language, posted_at FROM mention"
                    + " WHERE id = ? AND question = TRUE AND suggested_faq_id IS NULL")) {
                ps.setLong(1, id);
                return mentions(ps).stream().findFirst();
            }
        });
    }

    /** The references handled since {@code since} (a question is handled after it was asked). */
    Set<String> handledSince(Instant since) {
        return transactions.read("read handled unanswered questions", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT ref FROM unanswered_handled WHERE handled_at >= ?")) {
                ps.setObject(1, since.atOffset(ZoneOffset.UTC));
                return refs(ps);
            }
        });
    }

    /** Which of these references are handled. */
    Set<String> handledAmong(Collection<String> refs) {
        if (refs.isEmpty()) {
            return Set.of();
        }
        return transactions.read("read handled unanswered questions", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT ref FROM unanswered_handled WHERE ref IN ("
                    + refs.stream().map(r -> "?").collect(Collectors.joining(", ")) + ")")) {
                int i = 1;
                for (String r : refs) {
                    ps.setString(i++, r);
                }
                return refs(ps);
            }
        });
    }

    /**
     * Marks the references handled in one transaction; one handled already keeps its first
     * record. Returns how many were marked now.
     */
    int markHandled(Collection<String> refs, String action, String entryId, String who, Instant at) {
        return transactions.write("mark unanswered questions handled", c -> {
            int marked = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO unanswered_handled (ref, action, entry_id, handled_by,"
                    + " handled_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (String ref : refs) {
                    ps.setString(1, ref);
                    ps.setString(2, action);
                    ps.setString(3, entryId);
                    ps.setString(4, who);
                    ps.setObject(5, at.atOffset(ZoneOffset.UTC));
                    marked += ps.executeUpdate();
                }
            }
            return marked;
        });
    }

    /** A public post's question: its text without links and @handles (the whole text when nothing else is left). */
    static String question(String post) {
        String cleaned = LINKS_AND_HANDLES.matcher(post).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return cleaned.replaceAll("[\\p{Punct}\\s]", "").isEmpty() ? post.strip() : cleaned;
    }

    private static List<List<StoredEvent>> logs(PreparedStatement ps) throws SQLException {
        List<List<StoredEvent>> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            List<StoredEvent> current = null;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (current == null || current.get(0).conversationId() != id) {
                    current = new ArrayList<>();
                    out.add(current);
                }
                current.add(new StoredEvent(id, rs.getLong(2), rs.getString(3),
                        Author.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7)));
            }
        }
        return out;
    }

    private static List<UnansweredQuestion> mentions(PreparedStatement ps) throws SQLException {
        List<UnansweredQuestion> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Optional<Language> language = Language.find(rs.getString(3));
                if (language.isEmpty()) {
                    continue; // a language the FAQ does not speak: no entry could answer it here
                }
                out.add(new UnansweredQuestion("mention:" + rs.getLong(1), UnansweredQuestion.LISTENER,
                        UnansweredQuestion.PUBLIC_QUESTION, question(rs.getString(2)), language.get(),
                        rs.getObject(4, OffsetDateTime.class).toInstant()));
            }
        }
        return out;
    }

    private static Set<String> refs(PreparedStatement ps) throws SQLException {
        Set<String> out = new HashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
