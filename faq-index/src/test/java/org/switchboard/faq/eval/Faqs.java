package org.switchboard.faq.eval;

import java.util.List;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/** A five-entry English corpus and labelled questions about it, in and out of scope. */
final class Faqs {
    static final List<FaqEntry> ENTRIES = List.of(
            entry("password-reset", "How do I reset my password?", "Use the link on the sign-in page.",
                    "forgot my password", "password reset link", "change my password", "I cannot remember my password"),
            entry("refunds", "How do I get a refund?", "Refunds take five days.",
                    "refund my order", "I want my money back", "refund policy", "can I get a refund"),
            entry("shipping", "How long does shipping take?", "Two to four days.",
                    "when will my parcel arrive", "delivery time", "where is my parcel", "track my delivery"),
            entry("opening-hours", "What are your opening hours?", "Nine to five, Monday to Saturday.",
                    "when are you open", "opening times", "are you open on sunday", "what time do you close"),
            entry("delete-account", "How do I delete my account?", "Under Settings, choose Delete account.",
                    "close my account", "remove my account", "cancel my account", "account deletion"));

    /** Paraphrases of each entry, then questions no entry answers. */
    static final List<LabelledQuestion> IN_SCOPE = List.of(
            q("how can I reset my password", "password-reset"),
            q("I forgot my password", "password-reset"),
            q("can I have my money back", "refunds"),
            q("refund please", "refunds"),
            q("when does my parcel arrive", "shipping"),
            q("how long is delivery", "shipping"),
            q("what time do you open", "opening-hours"),
            q("are you open on saturday", "opening-hours"),
            q("please delete my account", "delete-account"),
            q("close account", "delete-account"));
    static final List<LabelledQuestion> OUT_OF_SCOPE = List.of(
            q("what's the weather in Paris", null),
            q("tell me a joke", null),
            q("who won the football match yesterday", null),
            q("recommend a good pizza recipe", null));

    private Faqs() {
    }

    static List<LabelledQuestion> all() {
        return java.util.stream.Stream.concat(IN_SCOPE.stream(), OUT_OF_SCOPE.stream()).toList();
    }

    static LabelledQuestion q(String question, String id) {
        return new LabelledQuestion(question, id, null);
    }

    private static FaqEntry entry(String id, String question, String answer, String... alternates) {
        return FaqEntry.of(id, Language.ENGLISH, question, List.of(alternates), answer);
    }
}
