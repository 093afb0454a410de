package org.switchboard.bot.conversation;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.ConversationStarted;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.faq.Language;

/**
 * A conversation's state so far, as the bot needs it to decide what comes next. It is derived
 * from the conversation's events alone, so the server keeps only the events:
 *
 * <pre>{@code
 * Conversation c = Conversation.replay(store.events(id));   // or keep the last one in memory
 * List<ConversationEvent> events = bot.handle(c, inbound);
 * store.append(id, events);                                 // assigns sequence numbers
 * c = c.with(events);                                       // equals Conversation.replay(all events)
 * }</pre>
 *
 * <p>Immutable and thread-safe. Equal conversations have equal state, whatever the events that
 * led there.
 */
public final class Conversation {
    private static final Conversation EMPTY = new Conversation(State.EMPTY);

    private final State state;

    private Conversation(State state) {
        this.state = state;
    }

    /** A conversation with no events yet: not started, status {@link ConversationStatus#BOT}. */
    public static Conversation empty() {
        return EMPTY;
    }

    /**
     * The conversation these events make, in order.
     *
     * @throws IllegalArgumentException naming the first event that cannot follow the ones before it
     *                                  (a status change that is not allowed, or a log that does
     *                                  not begin with {@link ConversationStarted})
     */
    public static Conversation replay(List<? extends ConversationEvent> events) {
        return EMPTY.with(events);
    }

    /** This conversation after one more event. */
    public Conversation with(ConversationEvent event) {
        return with(List.of(event));
    }

    /** This conversation after more events, in order; see {@link #replay}. */
    public Conversation with(List<? extends ConversationEvent> events) {
        Fold fold = new Fold(state);
        for (int i = 0; i < events.size(); i++) {
            ConversationEvent e = Objects.requireNonNull(events.get(i), "events[" + i + "] == null");
            try {
                fold.apply(e);
            } catch (IllegalStateException refused) {
                throw new IllegalArgumentException("event " + i + " (" + e.getClass().getSimpleName() + "): "
                        + refused.getMessage(), refused);
            }
        }
        return new Conversation(fold.state());
    }

    /** Whether it has started (its first event, {@link ConversationStarted}, is there). */
    public boolean started() {
        return state.started();
    }

    /**
     * The language the bot speaks: the visitor's latest message's, else the one it started in.
     *
     * @throws IllegalStateException if it has not started
     */
    public Language language() {
        requireStarted();
        return state.language();
    }

    /**
     * The visitor's time zone.
     *
     * @throws IllegalStateException if it has not started
     */
    public ZoneId visitorZone() {
        requireStarted();
        return state.visitorZone();
    }

    /** Who is answering. */
    public ConversationStatus status() {
        return state.status();
    }

    /** The quick replies the visitor may choose now: those the bot offered since the visitor last acted. */
    public List<QuickReply> offered() {
        return state.offered();
    }

    /** The offered quick reply with this id, if any. */
    public Optional<QuickReply> offered(String replyId) {
        return state.offered().stream().filter(r -> r.id().equals(replyId)).findFirst();
    }

    /** The entry whose "Did that help?" awaits an answer, if the bot's latest turn asked it. */
    public Optional<String> helpfulnessAsked() {
        return Optional.ofNullable(state.helpfulnessFaqId());
    }

    /** Whether the bot asked the visitor to say more and has not answered or handed off since. */
    public boolean clarificationPending() {
        return state.clarificationPending();
    }

    /** How many times in a row the visitor said an answer did not help. */
    public int notHelpfulInARow() {
        return state.notHelpfulInARow();
    }

    /** Whether the visitor has done anything yet: written, chosen a reply, or asked for a person. */
    public boolean engaged() {
        return state.engaged();
    }

    /** Whether the away notice has been shown (it is shown once per conversation). */
    public boolean awayNoticeShown() {
        return state.awayNoticeShown();
    }

    /** Whether a call back has been offered during the current wait for a person. */
    public boolean callbackOffered() {
        return state.callbackOffered();
    }

    /** The team the visitor last waited for (the handoff's or the transfer's), if any: the team that calls back. */
    public Optional<String> team() {
        return Optional.ofNullable(state.team());
    }

    /** The call back being booked in the chat, if one is under way (else step {@code NONE}). */
    public CallbackDraft callback() {
        return state.callback();
    }

    /** Whether the satisfaction survey has been asked (once per conversation). */
    public boolean surveyRequested() {
        return state.surveyRequested();
    }

    /** Whether the survey's rating has been given. */
    public boolean surveyRated() {
        return state.surveyRated();
    }

    /** Whether the survey's comment has been given. */
    public boolean surveyCommented() {
        return state.surveyCommented();
    }

    private void requireStarted() {
        if (!state.started()) {
            throw new IllegalStateException("the conversation has not started");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Conversation c && c.state.equals(state);
    }

    @Override
    public int hashCode() {
        return state.hashCode();
    }

    @Override
    public String toString() {
        return "Conversation" + state.toString().substring("State".length());
    }
}
