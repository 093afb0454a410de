package org.switchboard.bot;

import java.util.Optional;
import java.util.OptionalInt;

/** The ids of the bot's quick replies, made and read in this one place. */
final class ReplyId {
    static final String YES = "yes";
    static final String NO = "no";
    static final String NONE = "none";
    static final String PERSON = "person";
    static final String CALLBACK = "callback";
    static final String WAIT = "wait";
    static final String LATER = "later";
    static final String NO_NOTE = "no_note";
    private static final String FAQ = "faq:";
    private static final String RATING = "rating:";

    private ReplyId() {
    }

    static String faq(String faqId) {
        return FAQ + faqId;
    }

    static String rating(int rating) {
        return RATING + rating;
    }

    static Optional<String> faqId(String replyId) {
        return replyId.startsWith(FAQ) ? Optional.of(replyId.substring(FAQ.length())) : Optional.empty();
    }

    static OptionalInt rating(String replyId) {
        if (!replyId.startsWith(RATING)) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(replyId.substring(RATING.length())));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
