package org.switchboard.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.FrustrationAcknowledged;
import org.switchboard.bot.event.FrustrationSign;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.Language;

/**
 * The events of one call to {@link Bot#handle}, and the conversation as they leave it so far.
 * Every event of a turn carries the turn's instant. Not thread-safe: one per call.
 */
final class Turn {
    private final Conversation before;
    private final Instant at;
    private final Phrasebook phrases;
    private final AwayNotice away;
    private final Language fallback;
    private final List<ConversationEvent> events = new ArrayList<>();
    private Conversation conversation;

    Turn(Conversation before, Instant at, Phrasebook phrases, AwayNotice away, Language fallback) {
        this.before = before;
        this.conversation = before;
        this.at = at;
        this.phrases = phrases;
        this.away = away;
        this.fallback = fallback;
    }

    /** The conversation as it was when the turn began. */
    Conversation before() {
        return before;
    }

    /** The conversation with this turn's events so far. */
    Conversation conversation() {
        return conversation;
    }

    Instant at() {
        return at;
    }

    /** The language the bot speaks now. */
    Language language() {
        return conversation.started() ? conversation.language() : fallback;
    }

    void add(ConversationEvent event) {
        conversation = conversation.with(event);
        events.add(event);
    }

    String say(Phrase phrase) {
        return phrases.text(language(), phrase);
    }

    String say(Phrase phrase, Map<String, String> values) {
        return phrases.text(language(), phrase, values);
    }

    QuickReply reply(String id, Phrase label) {
        return new QuickReply(id, say(label));
    }

    /** What comes before any reply: an apology when the visitor is frustrated, then the away notice if due. */
    void beforeReply(Set<FrustrationSign> signs) {
        if (!signs.isEmpty()) {
            add(new FrustrationAcknowledged(at, signs, say(Phrase.APOLOGY)));
        }
        away.addIfDue(this);
    }

    void beforeReply() {
        beforeReply(Set.of());
    }

    boolean outsideHours() {
        return away.isAway(at);
    }

    List<ConversationEvent> events() {
        return List.copyOf(events);
    }
}
