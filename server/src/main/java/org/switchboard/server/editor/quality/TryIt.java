package org.switchboard.server.editor.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqPreview;
import org.switchboard.faq.Language;

/**
 * "Try it": a question asked as a visitor would, answered by the served index ("before") and by a
 * preview of the corpus with the unsaved entry in place ("after"), so an editor sees what the
 * edit changes before saving it.
 */
public final class TryIt {
    private final FaqIndex index;

    public TryIt(FaqIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * @param language the fallback language when detection is unsure; null for the index's default
     * @param unsaved  the unsaved entry, or null for "before" only
     * @return {@code {"before": RESULT, "after": RESULT | null}}
     */
    public Map<String, Object> ask(String question, Language language, FaqEntry unsaved) {
        Language fallback = language == null ? index.config().defaultLanguage() : language;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("before", result(index.ask(question, fallback), id -> index.entry(id).map(FaqEntry::question).orElse(null)));
        if (unsaved == null) {
            out.put("after", null);
        } else {
            FaqPreview preview = index.preview(PreviewCorpus.with(index.entries(), unsaved));
            Map<String, String> questions = new LinkedHashMap<>();
            preview.entries().forEach(e -> questions.put(e.id(), e.question()));
            out.put("after", result(preview.ask(question, fallback), questions::get));
        }
        return out;
    }

    static Map<String, Object> result(FaqAnswer a, Function<String, String> questionOf) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("decision", a.decision().name());
        r.put("language", a.language().code());
        r.put("confidence", round(a.confidence()));
        List<Map<String, Object>> candidates = a.candidates().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.faqId());
            m.put("question", questionOf.apply(c.faqId()));
            m.put("confidence", round(c.confidence()));
            return m;
        }).toList();
        r.put("candidates", candidates);
        return r;
    }

    static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
