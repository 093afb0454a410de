package org.switchboard.server.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.bot.callback.CallbackRules;
import org.switchboard.bot.callback.Contact;
import org.switchboard.bot.callback.Rota;
import org.switchboard.bot.callback.ServiceLevel;
import org.switchboard.bot.callback.Shift;
import org.switchboard.bot.callback.Slot;
import org.switchboard.bot.callback.SlotOffer;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.hours.OpeningSpan;
import org.switchboard.bot.hours.TeamHours;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/**
 * The booking rules the chat and the manage page rely on, on a real (H2) store: slots offered are
 * free and bookable, a slot taken meanwhile or gone is refused with nothing written, moving obeys
 * the same rules, and a supervisor's rota replaces the configured one.
 */
class CallbackServiceIT {
    static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    static final Instant NOW = ZonedDateTime.of(LocalDateTime.parse("2026-11-24T10:00"), ATHENS).toInstant(); // Tuesday
    static final Contact PHONE = Contact.parse("+30 21 0123 4567").orElseThrow();

    @TempDir
    Path dir;
    Database db;
    CallbackService service;
    long conversation;
    String conversationToken;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.embedded(), dir);
        BusinessHours weekdays = BusinessHours.of(ATHENS, Stream.of(DayOfWeek.values()).filter(d -> d.getValue() <= 5)
                .map(d -> new OpeningSpan(d, LocalTime.of(8, 0), LocalTime.of(20, 0))).toList());
        Rota ana = new Rota(Stream.of(DayOfWeek.values()).map(d -> new Shift(d, LocalTime.of(8, 0), LocalTime.of(20, 0), "ana")).toList());
        CallbackRules.Settings s = new CallbackRules.Settings(Duration.ofMinutes(30), 1, new ServiceLevel(Duration.ofHours(10)),
                Duration.ofMinutes(30), Duration.ofDays(14), 4, ana);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service = new CallbackService(new CallbackRules(s, Map.of()), TeamHours.of(weekdays),
                new CallbackRepository(db.transactions(), clock), new RotaRepository(db.transactions(), clock), clock, new SecureRandom());
        var created = db.conversations().create("en", ZoneId.of("America/New_York"));
        conversation = created.conversation().id();
        conversationToken = created.token();
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Instant athens(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), ATHENS).toInstant();
    }

    private BookingOutcome book(Instant start) {
        return service.book(conversation, conversationToken, "support", start, PHONE, "bill", ZoneId.of("America/New_York"), "en");
    }

    @Test
    void aBookedSlotIsNoLongerOfferedAndASecondBookingOfItIsRefused() {
        SlotOffer offer = service.offer("support", NOW, NOW).orElseThrow();
        Instant first = offer.slots().get(0).start();
        assertEquals(athens("2026-11-24T10:30"), first);

        BookingOutcome.Booked booked = assertInstanceOf(BookingOutcome.Booked.class, book(first));
        assertEquals(ManageTokens.token(conversationToken, booked.callback().reference()), booked.manageToken());
        assertEquals(Optional.of(booked.callback()), service.byToken(booked.manageToken()));
        assertEquals("+302101234567", booked.callback().contact());

        assertInstanceOf(BookingOutcome.Taken.class, book(first), "taken meanwhile: capacity 1");
        assertEquals(athens("2026-11-24T11:00"), service.offer("support", NOW, NOW).orElseThrow().slots().get(0).start(),
                "the next free ones are offered");
        assertEquals(1, service.repository().forConversation(conversation).size(), "nothing half-booked");
    }

    @Test
    void slotsThatAreGoneOrNeverWereAreNotBookable() {
        assertInstanceOf(BookingOutcome.NotBookable.class, book(athens("2026-11-24T09:30")), "past");
        assertInstanceOf(BookingOutcome.NotBookable.class, book(athens("2026-11-24T10:15")), "within the notice, and not a slot start");
        assertInstanceOf(BookingOutcome.NotBookable.class, book(athens("2026-11-28T10:00")), "Saturday: closed");
        assertInstanceOf(BookingOutcome.NotBookable.class, book(athens("2026-12-20T10:00")), "beyond the 14 days");
        assertTrue(service.repository().forConversation(conversation).isEmpty());
    }

    @Test
    void movingFollowsTheSameRulesAndChangesNothingWhenRefused() {
        String mine = ((BookingOutcome.Booked) book(athens("2026-11-24T12:00"))).manageToken();
        book(athens("2026-11-24T13:00"));

        assertEquals(CallbackService.Move.TAKEN, service.reschedule(mine, athens("2026-11-24T13:00")));
        assertEquals(CallbackService.Move.NOT_BOOKABLE, service.reschedule(mine, athens("2026-11-24T09:00")));
        assertEquals(athens("2026-11-24T12:00"), service.byToken(mine).orElseThrow().start());
        List<Slot> free = service.freeSlots("support", athens("2026-11-24T12:00"));
        assertFalse(free.stream().anyMatch(s -> s.start().equals(athens("2026-11-24T13:00"))), "taken: not offered");
        assertFalse(free.stream().anyMatch(s -> s.start().equals(athens("2026-11-24T12:00"))), "its own slot: not offered");

        assertEquals(CallbackService.Move.MOVED, service.reschedule(mine, athens("2026-11-25T09:00")));
        assertEquals(athens("2026-11-25T09:00"), service.byToken(mine).orElseThrow().start());
        assertInstanceOf(BookingOutcome.Booked.class, book(athens("2026-11-24T12:00")), "the old place is free again");

        assertTrue(service.cancel(mine));
        assertFalse(service.cancel(mine), "cancelled already");
        assertEquals(CallbackService.Move.NOT_BOOKED, service.reschedule(mine, athens("2026-11-25T10:00")));
        assertEquals(CallbackService.Move.UNKNOWN, service.reschedule("x".repeat(43), athens("2026-11-25T10:00")));
        assertEquals(Optional.empty(), service.byToken("not a token"));
    }

    @Test
    void aSupervisorsRotaReplacesTheConfiguredOne() {
        assertEquals(1, service.offer("support", NOW, NOW).orElseThrow().slots().get(0).capacity());
        Rota two = new Rota(List.of(new Shift(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), "ana"),
                new Shift(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), "ben")));
        service.replaceRota("support", two, "supervisor");
        assertEquals(two, service.rota("support"));
        Slot first = service.offer("support", NOW, NOW).orElseThrow().slots().get(0);
        assertEquals(athens("2026-11-25T09:00"), first.start(), "only Wednesday mornings now");
        assertEquals(2, first.capacity());
        assertInstanceOf(BookingOutcome.NotBookable.class, book(athens("2026-11-24T12:00")), "no longer on the rota");

        service.replaceRota("support", Rota.empty(), "supervisor");
        assertEquals(Optional.empty(), service.offer("support", NOW, NOW), "nobody on the rota: no call backs");
        assertTrue(service.resetRota("support"));
        assertEquals(athens("2026-11-24T10:30"), service.offer("support", NOW, NOW).orElseThrow().slots().get(0).start());
    }
}
