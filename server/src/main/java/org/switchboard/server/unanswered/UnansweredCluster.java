package org.switchboard.server.unanswered;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.faq.Language;

/**
 * Unanswered questions that ask the same thing, in one language.
 *
 * @param key       the cluster's name in this answer: its language and its label's reference
 * @param language  theirs
 * @param label     the most central question
 * @param questions all of them, newest first
 */
public record UnansweredCluster(String key, Language language, UnansweredQuestion label, List<UnansweredQuestion> questions) {
    /** Most examples shown per cluster; {@code refs} lists them all. */
    public static final int MAX_EXAMPLES = 10;

    public UnansweredCluster {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(label, "label");
        questions = List.copyOf(questions);
    }

    public int count() {
        return questions.size();
    }

    public Instant firstAt() {
        return questions.get(questions.size() - 1).at();
    }

    public Instant lastAt() {
        return questions.get(0).at();
    }

    /** As the API shows it (docs/faq-editor-api.md). */
    public Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", key);
        out.put("language", language.code());
        out.put("count", count());
        out.put("first_at", firstAt().toString());
        out.put("last_at", lastAt().toString());
        out.put("label", label.text());
        out.put("examples", questions.stream().limit(MAX_EXAMPLES).map(UnansweredCluster::example).toList());
        out.put("refs", questions.stream().map(UnansweredQuestion::ref).toList());
        return out;
    }

    private static Map<String, Object> example(UnansweredQuestion q) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", q.text());
        out.put("at", q.at().toString());
        out.put("source", q.source());
        out.put("reason", q.reason());
        out.put("ref", q.ref());
        return out;
    }
}
