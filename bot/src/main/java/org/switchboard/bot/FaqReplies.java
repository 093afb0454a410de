package org.switchboard.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.ClarificationAsked;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HelpfulnessAsked;
import org.switchboard.bot.event.OptionsOffered;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.handoff.Routing;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.faq.Candidate;
import org.switchboard.faq.Decision;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.FaqEntry;

/**
 * Replies to a question from what the FAQ found: the answer and "Did that help?"; "Did you
 * mean…" with the candidates; or, when nothing fits, one request to say more and then a person.
 * Immutable.
 */
final class FaqReplies {
    private static final int MAX_OPTIONS = 4;

    private final FaqSearch faq;
    private final Handoffs handoffs;

    FaqReplies(FaqSearch faq, Handoffs handoffs) {
        this.faq = faq;
        this.handoffs = handoffs;
    }

    void reply(Turn turn, FaqAnswer found, Routing routing) {
        switch (found.decision()) {
            case ANSWER -> {
                Optional<FaqEntry> entry = found.faqId().flatMap(faq::entry);
                if (entry.isPresent()) {
                    answer(turn, entry.get(), found.confidence());
                } else {
                    cannotAnswer(turn, routing); // replaced since the search: treat as not found
                }
            }
            case OPTIONS -> offer(turn, found.candidates(), routing);
            case HANDOFF -> cannotAnswer(turn, routing);
        }
    }

    /** Gives the answer when the FAQ has one, without asking whether it helped: a person comes next. */
    void answerBeforeHandoff(Turn turn, FaqAnswer found) {
        if (found.decision() == Decision.ANSWER) {
            found.faqId().flatMap(faq::entry).ifPresent(entry -> turn.add(answerGiven(turn, entry, found.confidence())));
        }
    }

    /** Answers with the entry in the conversation's language, offers its follow-ups, asks whether it helped. */
    void answer(Turn turn, FaqEntry entry, double confidence) {
        turn.add(answerGiven(turn, entry, confidence));
        turn.add(new HelpfulnessAsked(turn.at(), entry.id(), turn.say(Phrase.HELPFUL_ASK),
                List.of(turn.reply(ReplyId.YES, Phrase.HELPFUL_YES_LABEL), turn.reply(ReplyId.NO, Phrase.HELPFUL_NO_LABEL))));
    }

    private AnswerGiven answerGiven(Turn turn, FaqEntry entry, double confidence) {
        List<QuickReply> followUps = new ArrayList<>();
        for (String id : entry.followUps()) {
            faq.entry(id).ifPresent(e -> followUps.add(option(turn, e)));
        }
        return new AnswerGiven(turn.at(), entry.id(), confidence, EntryText.answer(entry, turn.language()), followUps);
    }

    private void offer(Turn turn, List<Candidate> candidates, Routing routing) {
        List<FaqEntry> entries = candidates.stream().limit(MAX_OPTIONS)
                .map(c -> faq.entry(c.faqId())).flatMap(Optional::stream).toList();
        if (entries.size() < 2) {
            cannotAnswer(turn, routing);
            return;
        }
        List<QuickReply> replies = new ArrayList<>(entries.stream().map(e -> option(turn, e)).toList());
        replies.add(turn.reply(ReplyId.NONE, Phrase.OPTIONS_NONE_LABEL));
        turn.add(new OptionsOffered(turn.at(), entries.stream().map(FaqEntry::id).toList(),
                turn.say(Phrase.OPTIONS_ASK), replies));
    }

    /**
     * Nothing fits: asks the visitor to say more, once (unless the rules say not to); when that
     * was already asked (or a person has been asked for), hands off instead. Never "I don't know".
     */
    void cannotAnswer(Turn turn, Routing routing) {
        Conversation c = turn.conversation();
        if (c.status() == ConversationStatus.BOT && !c.clarificationPending() && handoffs.rules().clarifyBeforeHandoff()) {
            clarify(turn, Phrase.CLARIFY_ASK);
        } else {
            handoffs.request(turn, HandoffReason.NO_ANSWER, routing);
        }
    }

    /** Asks the visitor to say more, offering a person too. */
    void clarify(Turn turn, Phrase question) {
        turn.add(new ClarificationAsked(turn.at(), turn.say(question),
                List.of(turn.reply(ReplyId.PERSON, Phrase.PERSON_LABEL))));
    }

    private static QuickReply option(Turn turn, FaqEntry entry) {
        return new QuickReply(ReplyId.faq(entry.id()), EntryText.question(entry, turn.language()));
    }
}
