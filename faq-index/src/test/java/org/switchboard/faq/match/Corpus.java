package org.switchboard.faq.match;

import java.util.ArrayList;
import java.util.List;
import org.switchboard.faq.Language;

/** A small synthetic FAQ corpus: five entries, six phrasings each. */
final class Corpus {
    static final List<List<String>> PHRASINGS = List.of(
            List.of("how do i reset my password", "forgot my password", "password reset link",
                    "change my password please", "i cannot remember my password", "reset password"),
            List.of("how do i get a refund", "refund my order", "i want my money back",
                    "refund policy", "can i get a refund", "money back guarantee"),
            List.of("how long does shipping take", "when will my parcel arrive", "delivery time",
                    "shipping time", "where is my parcel", "track my delivery"),
            List.of("what are your opening hours", "when are you open", "opening times",
                    "are you open on sunday", "business hours", "what time do you close"),
            List.of("delete my account", "close my account", "how do i remove my account",
                    "cancel my account", "account deletion", "remove my profile"));

    private Corpus() {
    }

    static int entries() {
        return PHRASINGS.size();
    }

    static List<Example> examples() {
        return examples(PHRASINGS);
    }

    static List<Example> examples(List<List<String>> phrasings) {
        List<Example> out = new ArrayList<>();
        for (int e = 0; e < phrasings.size(); e++) {
            for (String p : phrasings.get(e)) {
                out.add(new Example(e, Language.ENGLISH, p));
            }
        }
        return out;
    }
}
