package org.switchboard.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.switchboard.faq.Candidate;
import org.switchboard.faq.FaqAnswer;

/**
 * One {@link FaqAnswer} as one line of JSON, the output of {@code faq ask}:
 * <pre>{@code
 * {"question":"…","language":"en","decision":"answer","faq_id":"reset-password","confidence":0.9123,
 *  "candidates":[{"faq_id":"reset-password","confidence":0.9123},…]}
 * }</pre>
 * {@code faq_id} is null unless the decision is {@code answer}; confidences have 4 decimals.
 */
final class AnswerJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {
    }

    static String line(FaqAnswer answer) {
        ObjectNode node = JSON.createObjectNode();
        node.put("question", answer.question());
        node.put("language", answer.language().code());
        node.put("decision", answer.decision().name().toLowerCase(Locale.ROOT));
        node.put("faq_id", answer.faqId().orElse(null));
        node.put("confidence", round4(answer.confidence()));
        ArrayNode candidates = node.putArray("candidates");
        for (Candidate c : answer.candidates()) {
            candidates.addObject().put("faq_id", c.faqId()).put("confidence", round4(c.confidence()));
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /** Rounds half up at the 4th decimal of the number's decimal form (0.12345 gives 0.1235). */
    static double round4(double x) {
        return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
