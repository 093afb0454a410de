package org.switchboard.server.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The questions visitors ask, shuffled by a seed, each already written as a JSON string so that
 * building a {@code message} frame costs a concatenation. Visitor {@code v} asks them in order
 * from its own seeded starting point, cycling. Immutable.
 */
final class BenchQuestions {
    private final List<String> texts;
    private final List<String> quoted;
    private final int[] starts;

    BenchQuestions(List<String> questions, int visitors, long seed) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("no questions to ask");
        }
        Random random = new Random(seed);
        List<String> shuffled = new ArrayList<>(questions);
        Collections.shuffle(shuffled, random);
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>(shuffled.size());
        for (String q : shuffled) {
            try {
                out.add(json.writeValueAsString(q));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("cannot write question as JSON: " + q, e);
            }
        }
        this.texts = List.copyOf(shuffled);
        this.quoted = List.copyOf(out);
        this.starts = random.ints(visitors, 0, out.size()).toArray();
    }

    /** The questions, in the shuffled order. */
    List<String> texts() {
        return texts;
    }

    int size() {
        return quoted.size();
    }

    /** The {@code message} frame of visitor {@code visitor}'s {@code n}th question (from 0). */
    String frame(int visitor, long n, String clientId) {
        String text = quoted.get((int) ((starts[visitor] + n) % quoted.size()));
        return "{\"type\":\"message\",\"client_id\":\"" + clientId + "\",\"text\":" + text + "}";
    }
}
