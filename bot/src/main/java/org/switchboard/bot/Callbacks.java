package org.switchboard.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.bot.callback.Contact;
import org.switchboard.bot.callback.Slot;
import org.switchboard.bot.callback.SlotOffer;
import org.switchboard.bot.conversation.CallbackDraft;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.CallbackBooked;
import org.switchboard.bot.event.CallbackBookingRequested;
import org.switchboard.bot.event.CallbackContactGiven;
import org.switchboard.bot.event.CallbackOffered;
import org.switchboard.bot.event.CallbackRequested;
import org.switchboard.bot.event.CallbackSlotChosen;
import org.switchboard.bot.event.CallbackSlotsOffered;
import org.switchboard.bot.event.InputProblem;
import org.switchboard.bot.event.InputRejected;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.OfferedSlot;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.event.TypingStarted;
import org.switchboard.bot.phrasing.Phrase;

/**
 * The offer of a call back to a visitor waiting for a person, and booking it in the chat:
 *
 * <ol>
 * <li>the offer (call me back / I'll wait);</li>
 * <li>"call me back": the team's next free slots from the {@link CallbackSlots} port, in the
 *     visitor's time zone, one quick reply each, plus "another time" (later slots); if even the
 *     soonest misses the team's service level, the text says so; if the team takes no call backs,
 *     {@link CallbackRequested} (a person agrees the time here);</li>
 * <li>a slot: the bot asks for a phone number (with its country code) or an e-mail address,
 *     checked by {@link Contact}; anything else is rejected and asked again;</li>
 * <li>the contact: an optional note ("no note" as a quick reply);</li>
 * <li>the note: {@link CallbackBookingRequested}, which the server books; it answers with
 *     {@link Inbound.CallbackBooked} (the confirmation, in the visitor's zone) or
 *     {@link Inbound.CallbackNotBooked} (slot taken or gone: the next free slots again).</li>
 * </ol>
 * Stateless; everything it needs is in the conversation.
 */
final class Callbacks {
    private static final String SLOT = "slot:";

    private final CallbackSlots slots;
    private final SlotText slotText;

    Callbacks(CallbackSlots slots, SlotText slotText) {
        this.slots = slots;
        this.slotText = slotText;
    }

    void advised(Turn turn, Inbound.CallbackAdvised advice) {
        if (turn.conversation().status() != ConversationStatus.QUEUED || turn.conversation().callbackOffered()) {
            return;
        }
        Phrase text = switch (advice.reason()) {
            case TEAM_AWAY -> Phrase.CALLBACK_OFFER_AWAY;
            case NO_AGENT -> Phrase.CALLBACK_OFFER_NO_AGENT;
            case LONG_WAIT -> Phrase.CALLBACK_OFFER_LONG_WAIT;
        };
        turn.add(new CallbackOffered(turn.at(), advice.reason(), turn.say(text),
                List.of(turn.reply(ReplyId.CALLBACK, Phrase.CALLBACK_YES_LABEL), turn.reply(ReplyId.WAIT, Phrase.CALLBACK_WAIT_LABEL))));
    }

    /** The visitor's choice of a call back quick reply (already recorded as chosen); false when it is not one. */
    boolean chose(Turn turn, String replyId) {
        Conversation c = turn.conversation();
        if (replyId.equals(ReplyId.CALLBACK)) {
            String team = c.team().orElse(null);
            Optional<SlotOffer> offer = team == null ? Optional.empty() : slots.offer(team, turn.at(), turn.at());
            if (offer.isEmpty() || offer.get().slots().isEmpty()) {
                turn.add(new CallbackRequested(turn.at(), turn.say(Phrase.CALLBACK_REQUESTED)));
            } else {
                SlotOffer o = offer.get();
                Phrase text = o.keepsServiceLevel() ? Phrase.CALLBACK_SLOTS : Phrase.CALLBACK_SLOTS_LATE;
                show(turn, team, o, text, o.keepsServiceLevel() ? Map.of()
                        : Map.of("hours", Long.toString(o.serviceLevel().hours())));
            }
            return true;
        }
        if (replyId.equals(ReplyId.WAIT)) {
            turn.add(new BotReplied(turn.at(), turn.say(Phrase.CALLBACK_WAITING), List.of()));
            return true;
        }
        if (replyId.equals(ReplyId.LATER) && c.callback().step() == CallbackDraft.Step.SLOTS) {
            String team = c.team().orElseThrow();
            List<OfferedSlot> shown = c.callback().slots();
            Instant after = shown.isEmpty() ? turn.at() : shown.get(shown.size() - 1).start();
            Optional<SlotOffer> later = slots.offer(team, turn.at(), after).filter(o -> !o.slots().isEmpty());
            if (later.isPresent()) {
                show(turn, team, later.get(), Phrase.CALLBACK_SLOTS_MORE, Map.of());
            } else {
                reoffer(turn, Phrase.CALLBACK_NO_MORE);
            }
            return true;
        }
        Optional<OfferedSlot> slot = c.callback().slot(replyId);
        if (replyId.startsWith(SLOT) && slot.isPresent() && c.callback().step() == CallbackDraft.Step.SLOTS) {
            OfferedSlot s = slot.get();
            turn.add(new CallbackSlotChosen(turn.at(), c.team().orElseThrow(), s.start(), s.end(),
                    turn.say(Phrase.CALLBACK_ASK_CONTACT, Map.of("day", s.day(), "time", s.time()))));
            return true;
        }
        if (replyId.equals(ReplyId.NO_NOTE) && c.callback().step() == CallbackDraft.Step.NOTE) {
            requestBooking(turn, null);
            return true;
        }
        return false;
    }

    /** Whether a message the visitor writes now answers the booking (a contact, or the note) rather than being a question. */
    static boolean awaitsText(Conversation c) {
        CallbackDraft.Step step = c.callback().step();
        return c.status() != ConversationStatus.WITH_AGENT
                && (step == CallbackDraft.Step.CONTACT || step == CallbackDraft.Step.NOTE);
    }

    /** A message written while the booking waits for the contact or the note. */
    void wrote(Turn turn, String text) {
        Conversation c = turn.conversation();
        turn.add(new MessageReceived(turn.at(), text, c.language()));
        turn.add(new TypingStarted(turn.at()));
        if (c.callback().step() == CallbackDraft.Step.CONTACT) {
            Optional<Contact> contact = Contact.parse(text);
            if (contact.isEmpty()) {
                turn.add(new InputRejected(turn.at(), InputProblem.BAD_CONTACT, turn.say(Phrase.CALLBACK_BAD_CONTACT)));
                return;
            }
            turn.add(new CallbackContactGiven(turn.at(), contact.get().kind().name(), contact.get().value(),
                    turn.say(Phrase.CALLBACK_ASK_NOTE), List.of(turn.reply(ReplyId.NO_NOTE, Phrase.CALLBACK_NO_NOTE_LABEL))));
            return;
        }
        requestBooking(turn, text.strip());
    }

    /** The server's answer to {@link CallbackBookingRequested}. */
    void booked(Turn turn, Inbound.CallbackBooked booked) {
        Conversation c = turn.conversation();
        if (c.callback().step() != CallbackDraft.Step.BOOKING) {
            return;
        }
        String contact = new Contact(Contact.Kind.valueOf(c.callback().kind()), c.callback().contact()).display();
        turn.add(new CallbackBooked(turn.at(), booked.reference(), c.team().orElseThrow(), booked.start(), booked.end(),
                turn.say(Phrase.CALLBACK_BOOKED, Map.of("day", slotText.day(booked.start(), c.visitorZone(), turn.language()),
                        "time", slotText.time(booked.start(), c.visitorZone()),
                        "zone", slotText.zone(booked.start(), c.visitorZone()), "contact", contact))));
    }

    void notBooked(Turn turn, Inbound.CallbackNotBooked not) {
        if (turn.conversation().callback().step() != CallbackDraft.Step.BOOKING) {
            return;
        }
        reoffer(turn, switch (not.why()) {
            case TAKEN -> Phrase.CALLBACK_SLOT_TAKEN;
            case PAST -> Phrase.CALLBACK_SLOT_GONE;
            case FAILED -> Phrase.CALLBACK_FAILED;
        });
    }

    private void requestBooking(Turn turn, String note) {
        Conversation c = turn.conversation();
        CallbackDraft d = c.callback();
        turn.add(new CallbackBookingRequested(turn.at(), c.team().orElseThrow(), d.start(), d.end(), d.kind(), d.contact(),
                note == null || note.isEmpty() ? null : note));
    }

    /** The soonest free slots again, with {@code text}; the old way (a person agrees the time) when there are none. */
    private void reoffer(Turn turn, Phrase text) {
        String team = turn.conversation().team().orElseThrow();
        Optional<SlotOffer> offer = slots.offer(team, turn.at(), turn.at()).filter(o -> !o.slots().isEmpty());
        if (offer.isEmpty()) {
            turn.add(new CallbackRequested(turn.at(), turn.say(Phrase.CALLBACK_REQUESTED)));
        } else {
            show(turn, team, offer.get(), text, Map.of());
        }
    }

    private void show(Turn turn, String team, SlotOffer offer, Phrase text, Map<String, String> values) {
        Conversation c = turn.conversation();
        List<OfferedSlot> shown = new ArrayList<>();
        List<QuickReply> replies = new ArrayList<>();
        for (Slot s : offer.slots()) {
            String id = SLOT + s.start().getEpochSecond();
            String day = slotText.day(s.start(), c.visitorZone(), turn.language());
            String time = slotText.time(s.start(), c.visitorZone());
            shown.add(new OfferedSlot(id, s.start(), s.end(), day, time));
            replies.add(new QuickReply(id, day + ", " + time));
        }
        replies.add(turn.reply(ReplyId.LATER, Phrase.CALLBACK_LATER_LABEL));
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put("zone", slotText.zone(offer.slots().get(0).start(), c.visitorZone()));
        turn.add(new CallbackSlotsOffered(turn.at(), team, shown, offer.keepsServiceLevel(), turn.say(text, all), replies));
    }
}
