package org.switchboard.bot;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.ConversationStarted;
import org.switchboard.bot.event.ResolutionReason;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.bot.signal.Signals;
import org.switchboard.faq.Language;

/**
 * The bot: given a conversation so far and what just arrived, the events that follow. The front
 * door of this module.
 *
 * <pre>{@code
 * Bot bot = Bot.create(config, FaqSearch.of(index), Phrasebook.load(Path.of("config/phrasing")), Clock.systemUTC());
 * Conversation c = Conversation.replay(storedEvents);
 * List<ConversationEvent> events = bot.handle(c, new Inbound.VisitorMessage("where is my parcel?"));
 * // store events (the server numbers them), then acknowledge and send them to the widget
 * }</pre>
 *
 * <p>What it returns, in order: first the record of what the visitor did ({@code MessageReceived}
 * for a message, the server's acknowledgement) and {@code TypingStarted}; then, if the visitor is
 * frustrated, an apology; then the away notice once if the team is away; then the reply. All
 * events of one call carry the clock's instant at the call. Nothing is stored by the bot: the
 * conversation after the call is {@code conversation.with(events)}.
 *
 * <p>Immutable and thread-safe: one bot serves every conversation at once, since all state lives
 * in the {@link Conversation} passed in. Calls for the same conversation must not overlap: the
 * server appends one call's events before it makes the next call for that conversation. A failing
 * {@link FaqSearch} propagates its exception and returns no events.
 */
public final class Bot {
    private final BotConfig config;
    private final Phrasebook phrases;
    private final Clock clock;
    private final AwayNotice away;
    private final VisitorMessages messages;
    private final Choices choices;
    private final Handoffs handoffs;
    private final Surveys surveys;
    private final Callbacks callbacks;
    private final Queue queue;
    private final People people;

    private Bot(BotConfig config, FaqSearch faq, Phrasebook phrases, Clock clock, CallbackSlots slots) {
        this.config = config;
        this.callbacks = new Callbacks(slots, new SlotText(phrases));
        this.queue = new Queue(callbacks);
        this.phrases = phrases;
        this.clock = clock;
        this.away = new AwayNotice(config.businessHours());
        this.handoffs = new Handoffs(config.handoff(), faq);
        this.surveys = new Surveys();
        this.people = new People(config.handoff(), surveys);
        FaqReplies replies = new FaqReplies(faq, handoffs);
        Helpfulness helpfulness = new Helpfulness(replies, handoffs);
        this.messages = new VisitorMessages(faq, Signals.create(phrases), replies, helpfulness, handoffs, callbacks);
        this.choices = new Choices(faq, replies, helpfulness, handoffs, surveys, callbacks);
    }

    /** A bot answering from {@code faq}, speaking from {@code phrases}, telling time by {@code clock}. */
    public static Bot create(BotConfig config, FaqSearch faq, Phrasebook phrases, Clock clock) {
        return create(config, faq, phrases, clock, CallbackSlots.none());
    }

    /** A bot that books call backs in the chat from the free slots {@code slots} offers. */
    public static Bot create(BotConfig config, FaqSearch faq, Phrasebook phrases, Clock clock, CallbackSlots slots) {
        return new Bot(Objects.requireNonNull(config, "config == null"), Objects.requireNonNull(faq, "faq == null"),
                Objects.requireNonNull(phrases, "phrases == null"), Objects.requireNonNull(clock, "clock == null"),
                Objects.requireNonNull(slots, "slots == null"));
    }

    /**
     * The events that follow {@code inbound} in {@code conversation}; possibly none (e.g. a
     * second {@link Inbound.VisitorStarted}, or an idle timeout while a person is answering).
     * Anything but a close, timeout or queue change on a conversation that has not started starts
     * it first, in the site's language and the office's time zone.
     */
    public List<ConversationEvent> handle(Conversation conversation, Inbound inbound) {
        Objects.requireNonNull(conversation, "conversation == null");
        Objects.requireNonNull(inbound, "inbound == null");
        Turn turn = new Turn(conversation, clock.instant(), phrases, away, config.defaultLanguage());
        if (inbound instanceof Inbound.VisitorStarted s) {
            start(turn, s.language(), s.timeZone());
            return turn.events();
        }
        boolean ending = inbound instanceof Inbound.VisitorClosed || inbound instanceof Inbound.IdleTimedOut
                || inbound instanceof Inbound.QueueChanged || inbound instanceof Inbound.CallbackAdvised || fromTeam(inbound)
                || inbound instanceof Inbound.CallbackBooked || inbound instanceof Inbound.CallbackNotBooked;
        if (!conversation.started()) {
            if (ending) {
                return List.of();
            }
            start(turn, config.defaultLanguage(), config.businessHours().zone());
        }
        dispatch(turn, inbound);
        return turn.events();
    }

    private void dispatch(Turn turn, Inbound inbound) {
        if (inbound instanceof Inbound.VisitorMessage m) {
            messages.receive(turn, m.text());
        } else if (inbound instanceof Inbound.QuickReplyChosen q) {
            choices.choose(turn, q.replyId());
        } else if (inbound instanceof Inbound.PersonRequested) {
            handoffs.personRequested(turn);
        } else if (inbound instanceof Inbound.VisitorClosed) {
            surveys.end(turn, ResolutionReason.VISITOR_CLOSED);
        } else if (inbound instanceof Inbound.IdleTimedOut) {
            surveys.end(turn, ResolutionReason.IDLE_TIMEOUT);
        } else if (inbound instanceof Inbound.SurveyRated r) {
            surveys.rate(turn, r.rating());
        } else if (inbound instanceof Inbound.SurveyCommented c) {
            surveys.comment(turn, c.text());
        } else if (inbound instanceof Inbound.QueueChanged q) {
            queue.changed(turn, q);
        } else if (inbound instanceof Inbound.CallbackAdvised c) {
            callbacks.advised(turn, c);
        } else if (inbound instanceof Inbound.CallbackBooked b) {
            callbacks.booked(turn, b);
        } else if (inbound instanceof Inbound.CallbackNotBooked n) {
            callbacks.notBooked(turn, n);
        } else if (inbound instanceof Inbound.AgentTookOver a) {
            people.tookOver(turn, a);
        } else if (inbound instanceof Inbound.AgentWrote a) {
            people.wrote(turn, a);
        } else if (inbound instanceof Inbound.AgentHandedBack a) {
            people.handedBack(turn, a);
        } else if (inbound instanceof Inbound.AgentTransferred a) {
            people.transferred(turn, a);
        } else if (inbound instanceof Inbound.AgentClosed a) {
            people.closed(turn, a);
        }
    }

    private static boolean fromTeam(Inbound inbound) {
        return inbound instanceof Inbound.AgentTookOver || inbound instanceof Inbound.AgentWrote
                || inbound instanceof Inbound.AgentHandedBack || inbound instanceof Inbound.AgentTransferred
                || inbound instanceof Inbound.AgentClosed;
    }

    /** Greets at once, in the visitor's language and by name, then shows the away notice if due. */
    private void start(Turn turn, Language language, ZoneId zone) {
        if (turn.conversation().started()) {
            return;
        }
        turn.add(new ConversationStarted(turn.at(), language, zone));
        turn.add(new BotReplied(turn.at(), turn.say(Phrase.GREETING, Map.of("name", config.botName())), List.of()));
        turn.beforeReply();
    }
}
