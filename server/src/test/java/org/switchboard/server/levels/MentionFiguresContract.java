package org.switchboard.server.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.Language;
import org.switchboard.listener.Mention;
import org.switchboard.listener.NearDuplicates;
import org.switchboard.listener.Post;
import org.switchboard.listener.source.SourceState;
import org.switchboard.listener.understand.Labels;
import org.switchboard.listener.understand.Sentiment;
import org.switchboard.listener.watch.TermKind;
import org.switchboard.listener.watch.TermMatch;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.listener.MentionRepository;

/** Mentions per term and day, and by weekday and hour, on H2 and PostgreSQL, against hand counts. */
abstract class MentionFiguresContract {
    Database db;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static Mention mention(String id, Instant posted, Sentiment sentiment, boolean complaint, TermMatch... terms) {
        Post p = new Post(id, "s", "text " + id + " about things here", "", 0, 0, "", posted, null);
        return new Mention(p, Language.ENGLISH, List.of(terms), new Labels(sentiment, 0.9, complaint, 0.9, false, 0.9, false, 0.9),
                50, Optional.empty(), 0);
    }

    @Test
    void countsPerTermPerDayAndByHourInTheZoneAsked() {
        TermMatch acme = new TermMatch("Acme", TermKind.BRAND, 0, 4);
        TermMatch acme2 = new TermMatch("Acme", TermKind.BRAND, 10, 14);
        TermMatch maria = new TermMatch("Maria Santos", TermKind.STAFF, 20, 32);
        Instant mon = Instant.parse("2026-11-16T09:10:00Z");
        Instant sunNight = Instant.parse("2026-11-22T23:30:00Z"); // Monday 01:30 in Athens
        new MentionRepository(db.transactions(), Clock.systemUTC()).store("s", "feed", List.of(
                mention("1", mon, Sentiment.NEGATIVE, true, acme, acme2),      // Acme twice in one post: one mention
                mention("2", mon.plusSeconds(60), Sentiment.POSITIVE, false, acme, maria),
                mention("3", sunNight, Sentiment.NEUTRAL, false, acme),
                mention("4", Instant.parse("2026-11-24T10:00:00Z"), Sentiment.NEGATIVE, true, acme)), // outside
                new SourceState(null, null, 0, 0), new NearDuplicates(10));
        MentionFigures figures = new MentionFigures(db.transactions());
        Instant from = Instant.parse("2026-11-16T00:00:00Z");
        Instant until = Instant.parse("2026-11-23T00:00:00Z");

        MentionFigures.Figures utc = figures.compute(from, until, ZoneId.of("UTC"));
        assertEquals(Map.of("Acme", "brand", "Maria Santos", "staff"), utc.kinds());
        assertEquals(Map.of(LocalDate.parse("2026-11-16"), new MentionFigures.Day(2, 1, 0, 1, 1),
                LocalDate.parse("2026-11-22"), new MentionFigures.Day(1, 0, 1, 0, 0)), utc.byTermAndDay().get("Acme"));
        assertEquals(Map.of(LocalDate.parse("2026-11-16"), new MentionFigures.Day(1, 0, 0, 1, 0)), utc.byTermAndDay().get("Maria Santos"));
        assertEquals(2, utc.byWeekdayHour()[0][9]);
        assertEquals(1, utc.byWeekdayHour()[6][23]);

        MentionFigures.Figures athens = figures.compute(from, until, ZoneId.of("Europe/Athens"));
        assertEquals(Map.of(LocalDate.parse("2026-11-16"), new MentionFigures.Day(2, 1, 0, 1, 1),
                LocalDate.parse("2026-11-23"), new MentionFigures.Day(1, 0, 1, 0, 0)), athens.byTermAndDay().get("Acme"));
        assertEquals(2, athens.byWeekdayHour()[0][11]);
        assertEquals(1, athens.byWeekdayHour()[0][1]);
    }
}
