package org.switchboard.server.levels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.ConversationResolved;
import org.switchboard.bot.event.ConversationStarted;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.HelpfulnessAnswered;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.OptionsOffered;
import org.switchboard.bot.event.ResolutionReason;
import org.switchboard.bot.event.SurveyAnswered;
import org.switchboard.bot.event.SurveyCommentReceived;
import org.switchboard.faq.Language;
import org.switchboard.server.chat.EventCodec;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.NewEvent;

/** The dashboard's conversation figures from stored event logs, on H2 and PostgreSQL, against hand counts. */
abstract class ConversationFiguresContract {
    static final Instant FROM = Instant.parse("2026-11-16T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-11-23T00:00:00Z");
    // Monday 2026-11-16 09:10 UTC = 11:10 in Athens
    static final Instant MON_0910 = Instant.parse("2026-11-16T09:10:00Z");
    // Sunday 2026-11-22 23:30 UTC = Monday 01:30 in Athens
    static final Instant SUN_2330 = Instant.parse("2026-11-22T23:30:00Z");

    private final EventCodec codec = new EventCodec();
    Database db;
    ConversationFigures figures;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        figures = new ConversationFigures(db.transactions());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void conversation(Instant started, ConversationEvent... events) {
        db.transactions().write("seed a conversation", c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO conversation (token_hash, language, time_zone, status,"
                    + " created_at, updated_at, last_sequence) VALUES (?, 'en', 'UTC', 'BOT', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setBytes(1, (started.toString() + events.length + Math.random()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                ps.setObject(2, started.atOffset(ZoneOffset.UTC));
                ps.setObject(3, started.atOffset(ZoneOffset.UTC));
                ps.setLong(4, events.length);
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO conversation_event (conversation_id, sequence, type, author,"
                    + " payload, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < events.length; i++) {
                    NewEvent n = codec.encode(events[i]);
                    ps.setLong(1, id);
                    ps.setLong(2, i + 1);
                    ps.setString(3, n.type());
                    ps.setString(4, n.author().name().toLowerCase(java.util.Locale.ROOT));
                    ps.setString(5, n.payload());
                    ps.setObject(6, started.plusSeconds(i).atOffset(ZoneOffset.UTC));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static AnswerGiven answer(Instant at, String faq) {
        return new AnswerGiven(at, faq, 0.9, "The answer.", List.of());
    }

    private void seed() {
        // 1: answered, "No", answered again, "Yes", closed, rated 9 with a comment (bot alone)
        conversation(MON_0910, new ConversationStarted(MON_0910, Language.ENGLISH, ZoneId.of("UTC")),
                new MessageReceived(MON_0910, "reset my password", Language.ENGLISH), answer(MON_0910, "reset-password"),
                new HelpfulnessAnswered(MON_0910, "reset-password", false),
                new MessageReceived(MON_0910, "the link expired", Language.ENGLISH), answer(MON_0910, "reset-password"),
                new HelpfulnessAnswered(MON_0910, "reset-password", true),
                new ConversationResolved(MON_0910, ResolutionReason.VISITOR_CLOSED, null),
                new SurveyAnswered(MON_0910, 9), new SurveyCommentReceived(MON_0910, "Quick and clear, thanks"));
        // 2: options, then a handoff to billing; rated 3 with a comment
        conversation(MON_0910.plusSeconds(600), new ConversationStarted(MON_0910, Language.ENGLISH, ZoneId.of("UTC")),
                new MessageReceived(MON_0910, "money back", Language.ENGLISH),
                new OptionsOffered(MON_0910, List.of("refund", "cancel"), "Did you mean…", List.of()),
                new MessageReceived(MON_0910, "I want my refund", Language.ENGLISH),
                new HandoffRequested(MON_0910, HandoffReason.TOPIC, false, "A person will reply here.", "billing", "refunds"),
                new ConversationResolved(MON_0910, ResolutionReason.AGENT_CLOSED, "refunded"),
                new SurveyAnswered(MON_0910, 3), new SurveyCommentReceived(MON_0910, "Too slow to get a REFUND"));
        // 3: Sunday night UTC, answered, left open
        conversation(SUN_2330, new ConversationStarted(SUN_2330, Language.ENGLISH, ZoneId.of("UTC")),
                new MessageReceived(SUN_2330, "opening hours", Language.ENGLISH), answer(SUN_2330, "opening-hours"));
        // outside the period
        conversation(UNTIL.plusSeconds(5), new ConversationStarted(UNTIL, Language.ENGLISH, ZoneId.of("UTC")),
                new MessageReceived(UNTIL, "hello", Language.ENGLISH), answer(UNTIL, "opening-hours"));
    }

    @Test
    void countsDecisionsEntriesAndSatisfaction() {
        seed();
        ConversationFigures.Figures f = figures.compute(FROM, UNTIL, ZoneId.of("UTC"), null);
        assertEquals(3, f.conversations());
        assertEquals(1, f.botAlone(), "the first: resolved without a person");
        assertEquals(1, f.handedOff());
        assertEquals(2, f.resolved());
        assertEquals(Map.of("answer", 3, "options", 1, "clarification", 0, "handoff", 1), f.decisions());
        assertEquals(List.of(new ConversationFigures.Entry("reset-password", 2, 1, 1),
                new ConversationFigures.Entry("opening-hours", 1, 0, 0)), f.entries());
        assertEquals(0.5, f.entries().get(0).notHelpfulRate());
        assertEquals(2, f.satisfaction().count());
        assertEquals(6.0, f.satisfaction().average());
        assertArrayEquals(new int[] {0, 0, 1, 0, 0, 0, 0, 0, 1, 0}, f.satisfaction().distribution());
        assertEquals(9.0, f.satisfactionByTeam().get("bot").average());
        assertEquals(3.0, f.satisfactionByTeam().get("billing").average());
        assertEquals(9.0, f.satisfactionByEntry().get("reset-password").average(), "rated after that entry's answer");
        assertEquals(2, f.comments().size());
        assertEquals("billing", f.comments().get(0).team(), "newest first");
        assertEquals(3, f.comments().get(0).rating());
    }

    @Test
    void commentsAreSearchedCaseBlind() {
        seed();
        List<ConversationFigures.Comment> c = figures.compute(FROM, UNTIL, ZoneId.of("UTC"), "refund").comments();
        assertEquals(List.of("Too slow to get a REFUND"), c.stream().map(ConversationFigures.Comment::text).toList());
    }

    @Test
    void peakHoursFollowTheTimeZoneAsked() {
        seed();
        int[][] utc = figures.compute(FROM, UNTIL, ZoneId.of("UTC"), null).messagesByWeekdayHour();
        assertEquals(4, utc[0][9], "Monday 09:00 UTC: the visitors' messages of the first two conversations");
        assertEquals(1, utc[6][23], "Sunday 23:00 UTC");
        int[][] athens = figures.compute(FROM, UNTIL, ZoneId.of("Europe/Athens"), null).messagesByWeekdayHour();
        assertEquals(4, athens[0][11], "Monday 11:00 in Athens");
        assertEquals(1, athens[0][1], "Sunday 23:30 UTC is Monday 01:30 in Athens");
        assertEquals(0, athens[6][23]);
    }
}
