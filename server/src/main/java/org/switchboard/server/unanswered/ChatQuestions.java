package org.switchboard.server.unanswered;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.ClarificationAsked;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.HelpfulnessAnswered;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.OptionsOffered;
import org.switchboard.bot.event.QuickReplySelected;
import org.switchboard.server.chat.EventCodec;
import org.switchboard.server.jdbc.StoredEvent;

/**
 * Finds, in one conversation's stored event log, the visitor's questions the bot did not answer
 * (docs/faq-unanswered.md). A question is a {@code MessageReceived} the bot replied to from the
 * FAQ; it is unanswered when its turn ended in
 * <ul>
 *   <li>{@code HandoffRequested} with reason {@code NO_ANSWER} ({@code handoff}); the question
 *       whose turn asked the visitor to say more ({@code ClarificationAsked}) just before counts
 *       too, and also when the next turn hands over for another reason (the visitor pressed "Talk to
 *       a person" rather than rephrase: {@code handoff}) or when the visitor never wrote again
 *       ({@code no_answer});</li>
 *   <li>{@code OptionsOffered} that the visitor left unpicked ({@code options_not_picked}): "None
 *       of these", another message or any other reply, or nothing more in the log. Picking one of
 *       the offered entries ({@code QuickReplySelected} {@code faq:<id>}) answers it;</li>
 *   <li>{@code AnswerGiven} followed by {@code HelpfulnessAnswered} with {@code helpful=false} for
 *       that entry ({@code not_helpful}), typed or chosen; an entry picked from options carries
 *       the question that brought the options.</li>
 * </ul>
 * Messages that answer "Did that help?", request a person or thank the bot are not questions:
 * their turns end otherwise. Each message counts once, under the first reason found. Pure:
 * give it the events in sequence order. Only the event types in {@link #TYPES} matter.
 */
final class ChatQuestions {
    /** The event types the fold reads; the others may be left out of the log it is given. */
    static final Set<String> TYPES = Set.of("MessageReceived", "QuickReplySelected", "HelpfulnessAnswered", "AnswerGiven",
            "OptionsOffered", "ClarificationAsked", "HandoffRequested");

    private final EventCodec codec;

    ChatQuestions(EventCodec codec) {
        this.codec = codec;
    }

    /** A message and where it is. */
    private record Asked(long sequence, MessageReceived message) {
    }

    List<UnansweredQuestion> unanswered(List<StoredEvent> log) {
        Map<Long, UnansweredQuestion> found = new LinkedHashMap<>();
        Asked current = null;          // the question of the turn under way
        Asked clarified = null;        // the question whose turn asked the visitor to say more
        Asked clarifiedBefore = null;  // that one, while the next question's turn is under way
        Asked offered = null;          // the question whose options await a pick
        List<String> offeredIds = List.of();
        Asked answered = null;         // the question of the latest answer (its "Did that help?" may follow)
        String answeredId = null;
        for (StoredEvent stored : log) {
            if (!TYPES.contains(stored.type())) {
                continue;
            }
            ConversationEvent e = codec.decode(stored);
            long conversation = stored.conversationId();
            if (e instanceof MessageReceived m) {
                if (offered != null) {
                    add(found, conversation, offered, UnansweredQuestion.OPTIONS_NOT_PICKED);
                    offered = null;
                }
                current = new Asked(stored.sequence(), m);
                clarifiedBefore = clarified;
                clarified = null;
                // answered stays: a typed "no" is a MessageReceived, then HelpfulnessAnswered
            } else if (e instanceof QuickReplySelected q) {
                Asked carried = null;
                if (offered != null) {
                    String id = q.replyId().startsWith("faq:") ? q.replyId().substring(4) : null;
                    if (id != null && offeredIds.contains(id)) {
                        carried = offered;      // picked: the answer that follows is the question's
                    } else {
                        add(found, conversation, offered, UnansweredQuestion.OPTIONS_NOT_PICKED);
                        if (q.replyId().equals("none")) {
                            carried = offered;  // "None of these" asks the visitor to say more about it
                        }
                    }
                    offered = null;
                }
                current = carried;
                clarifiedBefore = clarified;
                clarified = null;
            } else if (e instanceof HelpfulnessAnswered h) {
                if (!h.helpful() && answered != null && h.faqId().equals(answeredId)) {
                    add(found, conversation, answered, UnansweredQuestion.NOT_HELPFUL);
                }
                answered = null;
                current = null;                 // the message was a yes or no, not a question
                clarifiedBefore = null;
            } else if (e instanceof AnswerGiven a) {
                answered = current;     // null for a follow-up the visitor chose: no question of theirs
                answeredId = a.faqId();
                clarifiedBefore = null;
            } else if (e instanceof OptionsOffered o) {
                if (current != null) {
                    offered = current;
                    offeredIds = o.faqIds();
                }
                clarifiedBefore = null;
            } else if (e instanceof ClarificationAsked) {
                clarified = current;
            } else if (e instanceof HandoffRequested h) {
                if (h.reason() == HandoffReason.NO_ANSWER && current != null) {
                    add(found, conversation, current, UnansweredQuestion.HANDOFF);
                }
                // the question the bot asked about is unanswered whatever the reason of the handoff
                // that follows: a person was needed rather than a rephrasing
                if (clarifiedBefore != null) {
                    add(found, conversation, clarifiedBefore, UnansweredQuestion.HANDOFF);
                }
                if (clarified != null && h.reason() != HandoffReason.NO_ANSWER) {
                    add(found, conversation, clarified, UnansweredQuestion.HANDOFF);
                }
                clarifiedBefore = null;
                clarified = null;
            }
        }
        if (offered != null) {
            add(found, log.get(0).conversationId(), offered, UnansweredQuestion.OPTIONS_NOT_PICKED);
        }
        if (clarified != null) { // asked to say more, the visitor never wrote again
            add(found, log.get(0).conversationId(), clarified, UnansweredQuestion.NO_ANSWER);
        }
        return new ArrayList<>(found.values());
    }

    private static void add(Map<Long, UnansweredQuestion> found, long conversation, Asked q, String reason) {
        found.putIfAbsent(q.sequence(), new UnansweredQuestion(ref(conversation, q.sequence()), UnansweredQuestion.CHAT, reason,
                q.message().text(), q.message().language(), q.message().at()));
    }

    static String ref(long conversation, long sequence) {
        return "chat:" + conversation + ":" + sequence;
    }
}
