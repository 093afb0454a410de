package org.switchboard.server.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.jdbc.Database;

/**
 * Standards computed from stored handoffs and call backs, on H2 and PostgreSQL, against figures
 * worked out by hand (in the comments).
 */
abstract class StandardsContract {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final Instant FROM = Instant.parse("2026-11-16T00:00:00Z");
    static final Standard PICKUP = new Standard("Handoffs picked up within 2 minutes", Measure.HANDOFF_PICKUP, 90,
            Duration.ofMinutes(2), Duration.ofDays(7));
    static final Standard CALLS = new Standard("Call backs within 5 minutes of the promised time",
            Measure.CALLBACK_PUNCTUALITY, 95, Duration.ofMinutes(5), Duration.ofDays(30));

    Database db;
    StandardsEvaluator evaluator;
    long conversation;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        evaluator = new StandardsEvaluator(new SampleStore(db.transactions()), Clock.fixed(NOW, ZoneOffset.UTC));
        conversation = db.conversations().create("en", ZoneId.of("UTC")).conversation().id();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private long handoff(Instant requested, Instant picked, Instant ended) {
        return db.transactions().write("seed a handoff", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO handoff (conversation_id, team, reason, language,"
                    + " requested_at, picked_up_at, agent_id, agent_name, ended_at, outcome) VALUES (?, 'support', 'visitor_asked', 'en',"
                    + " ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, conversation);
                ps.setObject(2, requested.atOffset(ZoneOffset.UTC));
                ps.setObject(3, picked == null ? null : picked.atOffset(ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setObject(4, picked == null ? null : 7L, java.sql.Types.BIGINT);
                ps.setString(5, picked == null ? null : "Ana");
                ps.setObject(6, ended == null ? null : ended.atOffset(ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(7, ended == null ? null : picked != null ? "picked_up" : "visitor_left");
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private long callback(Instant startsAt, String status) {
        return db.transactions().write("seed a call back", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO callback (reference, token_hash, conversation_id, team,"
                    + " starts_at, ends_at, visitor_zone, language, contact_kind, contact, status, created_at, updated_at)"
                    + " VALUES (?, ?, ?, 'support', ?, ?, 'UTC', 'en', 'phone', '+306900000000', ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                String ref = "CB-" + startsAt.getEpochSecond() + status;
                ps.setString(1, ref);
                ps.setBytes(2, ref.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                ps.setLong(3, conversation);
                ps.setObject(4, startsAt.atOffset(ZoneOffset.UTC));
                ps.setObject(5, startsAt.plusSeconds(1800).atOffset(ZoneOffset.UTC));
                ps.setString(6, status);
                ps.setObject(7, FROM.atOffset(ZoneOffset.UTC));
                ps.setObject(8, FROM.atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private void outcome(long callback, Instant promised, Instant completed, String outcome, String level) {
        db.transactions().write("seed an outcome", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO callback_outcome (callback_id, team, agent, promised_at,"
                    + " completed_at, outcome, service_level) VALUES (?, 'support', 'ana', ?, ?, ?, ?)")) {
                ps.setLong(1, callback);
                ps.setObject(2, promised.atOffset(ZoneOffset.UTC));
                ps.setObject(3, completed.atOffset(ZoneOffset.UTC));
                ps.setString(4, outcome);
                ps.setString(5, level);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Test
    void handoffPickUpsCountSettledCasesAndOpenOnesOnceOverTheLimit() {
        Instant day1 = Instant.parse("2026-11-20T22:30:00Z"); // Athens: 00:30 on the 21st
        handoff(day1, day1.plusSeconds(30), null);                                 // 30 s: within
        handoff(day1.plusSeconds(3600), day1.plusSeconds(3700), null);              // 100 s: within
        long h3 = handoff(Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-21T10:02:30Z"), null); // 150 s: breach
        handoff(Instant.parse("2026-11-21T11:00:00Z"), null, Instant.parse("2026-11-21T11:01:00Z")); // left after 60 s: not counted
        long h5 = handoff(Instant.parse("2026-11-22T09:00:00Z"), null, Instant.parse("2026-11-22T09:05:00Z")); // left after 300 s: breach
        handoff(NOW.minusSeconds(30), null, null);                                   // waiting 30 s: not yet a case
        long h7 = handoff(NOW.minusSeconds(200), null, null);                        // waiting 200 s: breach, still open
        handoff(Instant.parse("2026-11-22T09:30:00Z"), Instant.parse("2026-11-22T09:30:00Z"), null); // 0 s: within
        handoff(FROM.minusSeconds(1), FROM.plusSeconds(999), null);                  // before the period: not counted

        StandardReport r = evaluator.evaluate(PICKUP, FROM, NOW, ZoneId.of("UTC"));
        // counted: 30, 100, 150, 300, 200, 0 → 6; within 2 minutes: 30, 100, 0 → 3
        assertEquals(6, r.counted());
        assertEquals(3, r.within());
        assertEquals(Optional.of(0.5), r.attained());
        assertEquals(Optional.of(false), r.met());
        // nearest rank: ⌈0.9 × 6⌉ = 6th of [0, 30, 100, 150, 200, 300] = 300 s
        assertEquals(Optional.of(Duration.ofSeconds(300)), r.atPercentile());
        assertEquals(List.of("handoff:" + h5 + ":300", "handoff:" + h7 + ":200", "handoff:" + h3 + ":150"),
                r.breaches().stream().map(b -> b.kind() + ":" + b.id() + ":" + b.measured().toSeconds()).toList());
        assertEquals(true, r.breaches().get(1).open(), "still waiting");
        assertEquals(false, r.breaches().get(0).open(), "the visitor left: a breach, not an open one");
        // days in UTC: the 20th (30 s), the 20th 23:30 (100 s), the 21st (150 s), the 22nd (300 s, 0 s), the 23rd (200 s)
        assertEquals(List.of(new StandardReport.Day(LocalDate.parse("2026-11-20"), 2, 2),
                new StandardReport.Day(LocalDate.parse("2026-11-21"), 1, 0),
                new StandardReport.Day(LocalDate.parse("2026-11-22"), 2, 1),
                new StandardReport.Day(LocalDate.parse("2026-11-23"), 1, 0)), r.trend());
        // the same cases seen from Athens (UTC+2): the first two fall on the 21st
        StandardReport athens = evaluator.evaluate(PICKUP, FROM, NOW, ZoneId.of("Europe/Athens"));
        assertEquals(new StandardReport.Day(LocalDate.parse("2026-11-21"), 3, 2), athens.trend().get(0));
    }

    @Test
    void callBacksCountHowFarFromThePromiseTheCallWasMadeAndPromisesNobodyKept() {
        Instant t1 = Instant.parse("2026-11-20T10:00:00Z");
        outcome(callback(t1, "done"), t1, t1.plusSeconds(120), "done", "kept");                 // 2 min late: within
        Instant t2 = Instant.parse("2026-11-20T11:00:00Z");
        outcome(callback(t2, "no_answer"), t2, t2.minusSeconds(120), "no_answer", "no_show");   // 2 min early: within
        Instant t3 = Instant.parse("2026-11-21T12:00:00Z");
        long late = callback(t3, "done");
        outcome(late, t3, t3.plusSeconds(1200), "done", "late");                                 // 20 min late: breach
        Instant t4 = Instant.parse("2026-11-21T15:00:00Z");
        outcome(callback(t4, "rescheduled"), t4, t4.plusSeconds(60), "rescheduled", "rescheduled"); // moved: not counted
        long forgotten = callback(NOW.minusSeconds(600), "booked");                              // 10 min past, no call: breach
        callback(NOW.minusSeconds(120), "booked");                                               // 2 min past: not yet a case
        callback(NOW.plusSeconds(3600), "booked");                                               // still ahead: not a case

        StandardReport r = evaluator.evaluate(CALLS, FROM, NOW.plusSeconds(86400), ZoneId.of("UTC"));
        // counted: 120, 120, 1200, 600 → 4; within 5 minutes: 2
        assertEquals(4, r.counted());
        assertEquals(2, r.within());
        // ⌈0.95 × 4⌉ = 4th of [120, 120, 600, 1200] = 1200 s
        assertEquals(Optional.of(Duration.ofSeconds(1200)), r.atPercentile());
        assertEquals(List.of("callback_outcome:1200", "callback:600"),
                r.breaches().stream().map(b -> b.kind() + ":" + b.measured().toSeconds()).toList());
        assertEquals(forgotten, r.breaches().get(1).id());
        assertEquals(true, r.breaches().get(1).unsettled());
    }

    private long mention(String id, Instant posted, boolean complaint) {
        var m = new org.switchboard.listener.Mention(new org.switchboard.listener.Post(id, "s", "Acme post number " + id + " here",
                "", 0, 0, "", posted, null), org.switchboard.faq.Language.ENGLISH,
                List.of(new org.switchboard.listener.watch.TermMatch("Acme", org.switchboard.listener.watch.TermKind.BRAND, 0, 4)),
                new org.switchboard.listener.understand.Labels(org.switchboard.listener.understand.Sentiment.NEGATIVE, 0.9,
                        complaint, 0.9, false, 0.9, false, 0.9), 50, Optional.empty(), 0);
        return new org.switchboard.server.listener.MentionRepository(db.transactions(), Clock.fixed(NOW, ZoneOffset.UTC))
                .store("s", "feed", List.of(m), new org.switchboard.listener.source.SourceState(null, null, 0, 0),
                        new org.switchboard.listener.NearDuplicates(10)).created().get(0);
    }

    private void act(long mention, String action, Instant at) {
        db.transactions().write("seed an action", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention_action (mention_id, staff, action, at) VALUES (?, 'lea', ?, ?)")) {
                ps.setLong(1, mention);
                ps.setString(2, action);
                ps.setObject(3, at.atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            if (!action.equals("assigned")) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE mention SET status = ? WHERE id = ?")) {
                    ps.setString(1, action);
                    ps.setLong(2, mention);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private void correct(long mention, String label) {
        db.transactions().write("seed a correction", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention_correction (mention_id, task, label, staff, at)"
                    + " VALUES (?, 'complaint', ?, 'lea', ?)")) {
                ps.setLong(1, mention);
                ps.setString(2, label);
                ps.setObject(3, NOW.atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Test
    void mentionsAndComplaintsAreAnsweredWhenMarkedRespondedAndCorrectionsDecideWhatIsAComplaint() {
        Instant t = NOW.minus(Duration.ofHours(12));
        long m1 = mention("1", t, true);
        act(m1, "responded", t.plus(Duration.ofMinutes(30)));                        // 0.5 h
        long m2 = mention("2", t.plus(Duration.ofHours(1)), true);
        act(m2, "responded", t.plus(Duration.ofHours(3)));                           // 2 h
        long m3 = mention("3", t.plus(Duration.ofHours(2)), false);
        correct(m3, "complaint");                                                    // open 10 h, a complaint after all
        long m4 = mention("4", t.plus(Duration.ofHours(3)), true);
        correct(m4, "not_complaint");
        act(m4, "responded", t.plus(Duration.ofHours(8)));                           // 5 h, not a complaint
        long m5 = mention("5", t.plus(Duration.ofHours(4)), true);
        act(m5, "ignored", t.plus(Duration.ofHours(5)));                             // ignored: no answer owed
        long m6 = mention("6", t, false);                                            // open 12 h
        Standard complaints = new Standard("c", Measure.COMPLAINT_RESPONSE, 90, Duration.ofHours(1), Duration.ofDays(7));
        Standard all = new Standard("a", Measure.MENTION_RESPONSE, 90, Duration.ofHours(10), Duration.ofDays(7));

        StandardReport c = evaluator.evaluate(complaints, FROM, NOW, ZoneId.of("UTC"));
        // complaints: m1 0.5 h, m2 2 h, m3 open 10 h → 3 counted, 1 within
        assertEquals(3, c.counted());
        assertEquals(1, c.within());
        assertEquals(List.of(m3, m2), c.breaches().stream().map(Sample::id).toList());
        assertEquals(true, c.breaches().get(0).unsettled());
        StandardReport a = evaluator.evaluate(all, FROM, NOW, ZoneId.of("UTC"));
        // all: m1 0.5 h, m2 2 h, m4 5 h, m6 open 12 h (m3 open exactly 10 h: not over yet) → 4 counted, 3 within
        assertEquals(4, a.counted());
        assertEquals(3, a.within());
        assertEquals(List.of(m6), a.breaches().stream().map(Sample::id).toList());
        // ⌈0.9 × 4⌉ = 4th of [0.5, 2, 5, 12] h
        assertEquals(Optional.of(Duration.ofHours(12)), a.atPercentile());
        assertEquals("mention", a.breaches().get(0).kind());
    }

    @Test
    void acknowledgementTimesAreStoredOffTheChatsPathAndMeasured() {
        AckLog log = new AckLog(db.transactions(), Clock.fixed(NOW.minusSeconds(60), ZoneOffset.UTC));
        try {
            log.turnAnswered(conversation, Duration.ofMillis(200).toNanos());
            log.turnAnswered(conversation, Duration.ofMillis(500).toNanos());
            log.turnAnswered(conversation, Duration.ofMillis(1500).toNanos());
            log.flush();
        } finally {
            log.close();
        }
        Standard ack = new Standard("ack", Measure.BOT_ACK, 99, Duration.ofSeconds(1), Duration.ofDays(7));
        StandardReport r = evaluator.evaluate(ack, FROM, NOW, ZoneId.of("UTC"));
        assertEquals(3, r.counted());
        assertEquals(2, r.within());
        // ⌈0.99 × 3⌉ = 3rd of [0.2, 0.5, 1.5] s
        assertEquals(Optional.of(Duration.ofMillis(1500)), r.atPercentile());
        assertEquals(conversation, r.breaches().get(0).conversationId());
        assertEquals(0, log.dropped());
    }

    @Test
    void aPeriodWithoutCasesHasNoFigure() {
        StandardReport r = evaluator.evaluate(PICKUP, ZoneId.of("UTC"));
        assertEquals(0, r.counted());
        assertEquals(Optional.empty(), r.attained());
        assertEquals(Optional.empty(), r.met());
        assertEquals(Optional.empty(), r.atPercentile());
        assertEquals(NOW.minus(Duration.ofDays(7)), r.from());
    }
}
