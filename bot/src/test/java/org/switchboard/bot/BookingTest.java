package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.callback.CallbackRules;
import org.switchboard.bot.callback.ServiceLevel;
import org.switchboard.bot.callback.Slot;
import org.switchboard.bot.callback.SlotFinder;
import org.switchboard.bot.callback.SlotOffer;
import org.switchboard.bot.conversation.CallbackDraft;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.CallbackBooked;
import org.switchboard.bot.event.CallbackBookingRequested;
import org.switchboard.bot.event.CallbackContactGiven;
import org.switchboard.bot.event.CallbackReason;
import org.switchboard.bot.event.CallbackSlotChosen;
import org.switchboard.bot.event.CallbackSlotsOffered;
import org.switchboard.bot.event.InputProblem;
import org.switchboard.bot.event.InputRejected;
import org.switchboard.bot.event.OfferedSlot;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.hours.TeamHours;
import org.switchboard.faq.Language;

/** Booking a call back in the chat, as a visitor in another time zone does it. */
class BookingTest {
    static final ZoneId MANILA = ZoneId.of("Asia/Manila");
    static final CallbackRules RULES = CallbackRules.load(Path.of("..", "config", "callbacks.yaml"));
    static final TeamHours HOURS = TeamHours.load(Path.of("..", "config", "hours.yaml"));

    private final ScriptedFaq faq = ScriptedFaq.shop();
    private final Map<Instant, Integer> taken = new HashMap<>();

    /** The port as the server implements it, with the places taken kept in memory. */
    private final CallbackSlots slots = (team, now, after) -> Optional.of(new SlotFinder(
            RULES.team(team, HOURS.of(team), RULES.settings(team).rota())).offer(now, after, RULES.settings(team).offerCount(), taken));

    private Chat waitingChat(Language language, ZoneId zone, CallbackSlots port) {
        Chat chat = new Chat(Fixtures.CONFIG, faq, TestClock.athens(Fixtures.IN_HOURS), port); // Wednesday 15 January 2025, 10:00
        chat.start(language, zone);
        chat.send(new Inbound.PersonRequested());
        chat.send(new Inbound.CallbackAdvised(CallbackReason.NO_AGENT));
        return chat;
    }

    @Test
    void aVisitorInManilaBooksAndIsConfirmedInTheirOwnTime() {
        Chat chat = waitingChat(Language.ENGLISH, MANILA, slots);

        CallbackSlotsOffered offer = Chat.one(chat.choose("callback"), CallbackSlotsOffered.class);
        assertEquals("support", offer.team());
        assertEquals(6, offer.slots().size());
        OfferedSlot first = offer.slots().get(0);
        assertEquals(Instant.parse("2025-01-15T08:30:00Z"), first.start(), "10:30 in Athens: 30 minutes' notice");
        assertEquals("16:30", first.time(), "in Manila");
        assertEquals("Wednesday 15 Jan 2025", first.day());
        assertTrue(offer.keepsServiceLevel());
        assertEquals(Fixtures.text(Language.ENGLISH, org.switchboard.bot.phrasing.Phrase.CALLBACK_SLOTS, "zone",
                "Asia/Manila, UTC+08:00"), offer.text());
        assertEquals(List.of("slot:" + first.start().getEpochSecond(), "Wednesday 15 Jan 2025, 16:30"),
                List.of(offer.quickReplies().get(0).id(), offer.quickReplies().get(0).label()));
        assertEquals("later", offer.quickReplies().get(6).id());

        CallbackSlotsOffered later = Chat.one(chat.choose("later"), CallbackSlotsOffered.class);
        assertEquals(offer.slots().get(5).start().plus(Duration.ofMinutes(30)), later.slots().get(0).start(), "the next ones");

        OfferedSlot chosen = later.slots().get(1);
        CallbackSlotChosen picked = Chat.one(chat.choose(chosen.replyId()), CallbackSlotChosen.class);
        assertEquals(chosen.start(), picked.start());
        assertTrue(picked.text().startsWith(chosen.day() + " at " + chosen.time()), picked.text());

        InputRejected bad = Chat.one(chat.say("call me at 0917"), InputRejected.class);
        assertEquals(InputProblem.BAD_CONTACT, bad.problem());
        assertEquals(CallbackDraft.Step.CONTACT, chat.conversation.callback().step(), "asked again");

        CallbackContactGiven contact = Chat.one(chat.say("+63 917 123 4567"), CallbackContactGiven.class);
        assertEquals("+639171234567", contact.contact());
        assertEquals("PHONE", contact.kind());
        assertEquals(List.of("no_note"), contact.quickReplies().stream().map(QuickReply::id).toList());

        CallbackBookingRequested request = Chat.one(chat.say("  about my last bill "), CallbackBookingRequested.class);
        assertEquals("support", request.team());
        assertEquals(chosen.start(), request.start());
        assertEquals(chosen.end(), request.end());
        assertEquals("+639171234567", request.contact());
        assertEquals("about my last bill", request.note());
        assertEquals(ConversationStatus.QUEUED, chat.conversation.status(), "still in line until it is booked");

        CallbackBooked booked = Chat.one(chat.send(new Inbound.CallbackBooked("ref-1", chosen.start(), chosen.end())),
                CallbackBooked.class);
        assertEquals("Booked. We will call you on " + chosen.day() + " at " + chosen.time()
                + " (Asia/Manila, UTC+08:00) at +63 917 123 4567. Add it to your calendar, or change or cancel it, with the links below.",
                booked.text());
        assertEquals(ConversationStatus.BOT, chat.conversation.status(), "the visitor leaves the line");
        assertEquals(CallbackDraft.Step.NONE, chat.conversation.callback().step());
    }

    @Test
    void aSlotTakenMeanwhileOffersTheNextFreeOnesAndNoNoteIsFine() {
        Chat chat = waitingChat(Language.ENGLISH, ZoneId.of("America/New_York"), slots);
        CallbackSlotsOffered offer = Chat.one(chat.choose("callback"), CallbackSlotsOffered.class);
        assertEquals("03:30", offer.slots().get(0).time(), "10:30 in Athens is 03:30 in New York");
        chat.choose(offer.slots().get(0).replyId());
        chat.say("maria@example.com");
        CallbackBookingRequested request = Chat.one(chat.choose("no_note"), CallbackBookingRequested.class);
        assertNull(request.note());
        assertEquals("EMAIL", request.kind());

        taken.put(request.start(), 2); // both agents on shift at 10:30 Athens time got other bookings meanwhile
        CallbackSlotsOffered again = Chat.one(chat.send(new Inbound.CallbackNotBooked(Inbound.CallbackNotBooked.Why.TAKEN)),
                CallbackSlotsOffered.class);
        assertTrue(again.text().startsWith("Sorry, that time was just taken."), again.text());
        assertEquals(offer.slots().get(1).start(), again.slots().get(0).start(), "the taken slot is not offered again");
        assertEquals(CallbackDraft.Step.SLOTS, chat.conversation.callback().step());
    }

    @Test
    void aSlotThatCanNoLongerBeBookedOrAFailedStoreIsSaidSo() {
        Chat chat = waitingChat(Language.GREEK, ZoneId.of("Europe/Athens"), slots);
        CallbackSlotsOffered offer = Chat.one(chat.choose("callback"), CallbackSlotsOffered.class);
        chat.choose(offer.slots().get(0).replyId());
        chat.say("+30 21 0123 4567");
        chat.choose("no_note");
        CallbackSlotsOffered gone = Chat.one(chat.send(new Inbound.CallbackNotBooked(Inbound.CallbackNotBooked.Why.PAST)),
                CallbackSlotsOffered.class);
        assertEquals(Fixtures.text(Language.GREEK, org.switchboard.bot.phrasing.Phrase.CALLBACK_SLOT_GONE, "zone",
                "Europe/Athens, UTC+02:00"), gone.text());
        chat.choose(gone.slots().get(0).replyId());
        chat.say("+30 21 0123 4567");
        chat.choose("no_note");
        CallbackSlotsOffered failed = Chat.one(chat.send(new Inbound.CallbackNotBooked(Inbound.CallbackNotBooked.Why.FAILED)),
                CallbackSlotsOffered.class);
        assertEquals(Fixtures.text(Language.GREEK, org.switchboard.bot.phrasing.Phrase.CALLBACK_FAILED, "zone",
                "Europe/Athens, UTC+02:00"), failed.text());
        assertEquals(List.of(), chat.send(new Inbound.CallbackBooked("late", Instant.now(), Instant.now().plusSeconds(60))),
                "no booking under way: a late answer changes nothing");
    }

    @Test
    void aMissedServiceLevelIsSaidHonestly() {
        Instant soon = Instant.parse("2025-01-20T08:00:00Z");
        CallbackSlots late = (team, now, after) -> Optional.of(new SlotOffer(
                List.of(new Slot(soon, soon.plus(Duration.ofMinutes(30)), 1, 0)), now.plus(Duration.ofHours(2)),
                new ServiceLevel(Duration.ofHours(10))));
        Chat chat = waitingChat(Language.ENGLISH, ZoneId.of("Asia/Riyadh"), late);
        CallbackSlotsOffered offer = Chat.one(chat.choose("callback"), CallbackSlotsOffered.class);
        assertTrue(offer.text().contains("later than our usual promise of calling within 10 working hours"), offer.text());
        assertTrue(offer.text().contains("Asia/Riyadh, UTC+03:00"), offer.text());
        assertEquals("11:00", offer.slots().get(0).time());
    }

    @Test
    void slotsReadInTheVisitorsLanguage() {
        Chat chat = waitingChat(Language.VIETNAMESE, ZoneId.of("Asia/Ho_Chi_Minh"), slots);
        CallbackSlotsOffered offer = Chat.one(chat.choose("callback"), CallbackSlotsOffered.class);
        OfferedSlot first = offer.slots().get(0);
        assertEquals("15:30", first.time());
        assertTrue(first.day().startsWith(Fixtures.text(Language.VIETNAMESE, org.switchboard.bot.phrasing.Phrase.DAY_WEDNESDAY)),
                first.day());
        assertTrue(offer.text().contains("Asia/Ho_Chi_Minh, UTC+07:00"), offer.text());
    }

    @Test
    void aSlotNotOfferedCannotBeChosen() {
        Chat chat = waitingChat(Language.ENGLISH, MANILA, slots);
        chat.choose("callback");
        Chat.one(chat.choose("slot:12345"), InputRejected.class);
    }
}
