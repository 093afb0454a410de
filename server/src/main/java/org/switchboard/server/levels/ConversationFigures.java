package org.switchboard.server.levels;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.ClarificationAsked;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.ConversationResolved;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.HelpfulnessAnswered;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.OptionsOffered;
import org.switchboard.bot.event.SurveyAnswered;
import org.switchboard.bot.event.SurveyCommentReceived;
import org.switchboard.server.chat.EventCodec;
import org.switchboard.server.jdbc.Author;
import org.switchboard.server.jdbc.StoredEvent;
import org.switchboard.server.jdbc.Transactions;

/**
 * What the conversations of a period show (issue 9's dashboard): how many, answered by the bot
 * alone, handed to a person, resolved; the bot's decisions; each FAQ entry's answers and how
 * often "No, that didn't help" followed; satisfaction overall, per team and per entry, with the
 * comments; and the visitors' messages by weekday and hour in a time zone (peak hours). Read from
 * the stored event logs of the conversations started in the period, folded here. Thread-safe.
 */
public final class ConversationFigures {
    /** Most comments returned. */
    public static final int MAX_COMMENTS = 200;

    private final Transactions transactions;
    private final EventCodec codec = new EventCodec();

    public ConversationFigures(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** One FAQ entry's answers. */
    public record Entry(String faqId, int answered, int helpful, int notHelpful) {
        /** Of the visitors who said, the share who said it did not help; 0 when nobody said. */
        public double notHelpfulRate() {
            int said = helpful + notHelpful;
            return said == 0 ? 0 : (double) notHelpful / said;
        }
    }

    /** Ratings (1..10): how many, their mean and how many gave each. */
    public record Ratings(int count, double average, int[] distribution) {
        static Ratings of(List<Integer> ratings) {
            int[] d = new int[10];
            ratings.forEach(r -> d[r - 1]++);
            return new Ratings(ratings.size(), ratings.isEmpty() ? 0 : ratings.stream().mapToInt(Integer::intValue).average()
                    .orElse(0), d);
        }
    }

    /** A survey comment, with its conversation and the rating given in it (0 when none). */
    public record Comment(long conversationId, Instant at, int rating, String team, String text) {
    }

    /** The figures of a period. */
    public record Figures(int conversations, int botAlone, int handedOff, int resolved, Map<String, Integer> decisions,
                          List<Entry> entries, Ratings satisfaction, Map<String, Ratings> satisfactionByTeam,
                          Map<String, Ratings> satisfactionByEntry, List<Comment> comments, int[][] messagesByWeekdayHour) {
    }

    /**
     * The conversations started in [from, until); peak hours in {@code zone} (Monday first, hours
     * 0..23); comments containing {@code commentQuery} (case ignored) when it is not blank.
     */
    public Figures compute(Instant from, Instant until, ZoneId zone, String commentQuery) {
        List<List<StoredEvent>> logs = logs(from, until);
        int botAlone = 0;
        int handedOff = 0;
        int resolved = 0;
        Map<String, Integer> decisions = new LinkedHashMap<>();
        for (String d : List.of("answer", "options", "clarification", "handoff")) {
            decisions.put(d, 0);
        }
        Map<String, int[]> entries = new TreeMap<>();
        List<Integer> ratings = new ArrayList<>();
        Map<String, List<Integer>> byTeam = new TreeMap<>();
        Map<String, List<Integer>> byEntry = new TreeMap<>();
        List<Comment> comments = new ArrayList<>();
        int[][] heat = new int[7][24];
        String q = commentQuery == null ? "" : commentQuery.strip().toLowerCase(Locale.ROOT);
        for (List<StoredEvent> log : logs) {
            String team = null;
            String lastEntry = null;
            boolean handed = false;
            boolean done = false;
            int rating = 0;
            List<String> said = new ArrayList<>();
            for (StoredEvent stored : log) {
                ConversationEvent e = codec.decode(stored);
                if (e instanceof MessageReceived && stored.author() == Author.VISITOR) {
                    ZonedDateTime t = stored.createdAt().atZone(zone);
                    heat[t.getDayOfWeek().getValue() - 1][t.getHour()]++;
                } else if (e instanceof AnswerGiven a) {
                    decisions.merge("answer", 1, Integer::sum);
                    entries.computeIfAbsent(a.faqId(), k -> new int[3])[0]++;
                    lastEntry = a.faqId();
                } else if (e instanceof OptionsOffered) {
                    decisions.merge("options", 1, Integer::sum);
                } else if (e instanceof ClarificationAsked) {
                    decisions.merge("clarification", 1, Integer::sum);
                } else if (e instanceof HandoffRequested h) {
                    decisions.merge("handoff", 1, Integer::sum);
                    handed = true;
                    team = h.team();
                } else if (e instanceof HelpfulnessAnswered h) {
                    entries.computeIfAbsent(h.faqId(), k -> new int[3])[h.helpful() ? 1 : 2]++;
                } else if (e instanceof ConversationResolved) {
                    done = true;
                } else if (e instanceof SurveyAnswered s) {
                    rating = s.rating();
                    ratings.add(rating);
                    byTeam.computeIfAbsent(team == null ? "bot" : team, k -> new ArrayList<>()).add(rating);
                    if (lastEntry != null) {
                        byEntry.computeIfAbsent(lastEntry, k -> new ArrayList<>()).add(rating);
                    }
                } else if (e instanceof SurveyCommentReceived c) {
                    said.add(c.comment());
                }
            }
            if (handed) {
                handedOff++;
            } else if (done) {
                botAlone++;
            }
            if (done) {
                resolved++;
            }
            for (String text : said) {
                if (q.isEmpty() || text.toLowerCase(Locale.ROOT).contains(q)) {
                    comments.add(new Comment(log.get(0).conversationId(), log.get(log.size() - 1).createdAt(), rating,
                            team == null ? "bot" : team, text));
                }
            }
        }
        List<Entry> entryList = new ArrayList<>();
        entries.forEach((id, c) -> entryList.add(new Entry(id, c[0], c[1], c[2])));
        entryList.sort(Comparator.comparingInt(Entry::answered).reversed().thenComparing(Entry::faqId));
        comments.sort(Comparator.comparing(Comment::at).reversed());
        Map<String, Ratings> teamRatings = new TreeMap<>();
        byTeam.forEach((k, v) -> teamRatings.put(k, Ratings.of(v)));
        Map<String, Ratings> entryRatings = new TreeMap<>();
        byEntry.forEach((k, v) -> entryRatings.put(k, Ratings.of(v)));
        return new Figures(logs.size(), botAlone, handedOff, resolved, decisions, entryList, Ratings.of(ratings), teamRatings,
                entryRatings, comments.size() > MAX_COMMENTS ? comments.subList(0, MAX_COMMENTS) : comments, heat);
    }

    private List<List<StoredEvent>> logs(Instant from, Instant until) {
        return transactions.read("read the conversations of a period", c -> {
            List<List<StoredEvent>> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.conversation_id, e.sequence, e.type, e.author, e.payload,"
                    + " e.created_at, e.client_message_id FROM conversation_event e JOIN conversation c ON c.id = e.conversation_id"
                    + " WHERE c.created_at >= ? AND c.created_at < ? ORDER BY e.conversation_id, e.sequence")) {
                ps.setObject(1, from.atOffset(ZoneOffset.UTC));
                ps.setObject(2, until.atOffset(ZoneOffset.UTC));
                try (ResultSet rs = ps.executeQuery()) {
                    List<StoredEvent> current = null;
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (current == null || current.get(0).conversationId() != id) {
                            current = new ArrayList<>();
                            out.add(current);
                        }
                        current.add(new StoredEvent(id, rs.getLong(2), rs.getString(3), Author.valueOf(rs.getString(4)
                                .toUpperCase(Locale.ROOT)), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                                rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }

    /** Monday..Sunday, for the heatmap's rows. */
    static List<String> weekdays() {
        List<String> out = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            out.add(d.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
