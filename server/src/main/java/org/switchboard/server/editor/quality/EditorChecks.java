package org.switchboard.server.editor.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.switchboard.faq.Candidate;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqPreview;
import org.switchboard.faq.Language;
import org.switchboard.faq.plain.Folding;
import org.switchboard.faq.plain.PlainLanguage;
import org.switchboard.faq.plain.PlainReport;
import org.switchboard.faq.plain.PlainWarning;
import org.switchboard.faq.plain.Readability;

/**
 * The checks of an entry an editor is writing, all warnings (docs/faq-editor.md):
 * <ul>
 *   <li>plain language of the answer and of each translation's answer ({@link PlainLanguage},
 *       with the language's list from {@link JargonStore});</li>
 *   <li>{@code phrasing_closer_elsewhere}: each alternate phrasing the served entry does not have
 *       yet is asked of a preview of the corpus holding this entry <em>without</em> those new
 *       phrasings (one preview for all of them); when another entry ranks above this one, the
 *       phrasing would teach the bot to confuse the two;</li>
 *   <li>{@code same_questions}: a phrasing of this entry that another served entry already has,
 *       the same after folding or with nearly the same words (Jaccard similarity of the folded
 *       word sets ≥ {@value #SAME_WORDS}).</li>
 * </ul>
 */
public final class EditorChecks {
    /** Two phrasings are "nearly the same" from this share of common folded words (|A∩B| / |A∪B|). */
    static final double SAME_WORDS = 0.8;

    private final FaqIndex index;
    private final JargonStore jargon;

    public EditorChecks(FaqIndex index, JargonStore jargon) {
        this.index = Objects.requireNonNull(index, "index");
        this.jargon = Objects.requireNonNull(jargon, "jargon");
    }

    /** {@code {"plain": […], "readability": {lang: …}, "conflicts": […]}} for an unsaved entry. */
    public Map<String, Object> check(FaqEntry entry) {
        List<Map<String, Object>> plain = new ArrayList<>();
        Map<String, Object> readability = new LinkedHashMap<>();
        plain(entry.answer(), entry.language(), "answer", plain, readability);
        entry.translations().forEach((language, t) ->
                plain(t.answer(), language, "translations." + language.code() + ".answer", plain, readability));
        List<Map<String, Object>> conflicts = new ArrayList<>(closerElsewhere(entry));
        conflicts.addAll(sameQuestions(entry));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("plain", plain);
        out.put("readability", readability);
        out.put("conflicts", conflicts);
        return out;
    }

    private void plain(String answer, Language language, String field, List<Map<String, Object>> plain,
                       Map<String, Object> readability) {
        PlainReport report = PlainLanguage.check(answer, language, jargon.list(language));
        for (PlainWarning w : report.warnings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", field);
            m.put("language", language.code());
            m.put("kind", w.kind().code());
            m.put("message", w.message());
            putIfPresent(m, "sentence", w.sentence());
            putIfPresent(m, "term", w.term());
            putIfPresent(m, "suggestion", w.suggestion());
            plain.add(m);
        }
        Readability r = report.readability();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("score", r.score());
        m.put("grade", r.grade());
        if (r.note() != null) {
            m.put("note", r.note());
        }
        readability.put(language.code(), m);
    }

    /** A phrasing of the checked entry, in its language. */
    private record Phrasing(String text, Language language) {
    }

    private List<Map<String, Object>> closerElsewhere(FaqEntry entry) {
        Optional<FaqEntry> served = index.entry(entry.id());
        List<Phrasing> added = new ArrayList<>();
        List<String> keep = kept(entry.alternates(), served.map(FaqEntry::phrasings).orElse(List.of()), entry.language(),
                added);
        Map<Language, FaqEntry.Translation> translations = new LinkedHashMap<>();
        entry.translations().forEach((language, t) -> {
            List<String> had = served.map(s -> s.translations().get(language)).map(FaqEntry.Translation::phrasings)
                    .orElse(List.of());
            translations.put(language, new FaqEntry.Translation(t.question(), kept(t.alternates(), had, language, added),
                    t.answer()));
        });
        if (added.isEmpty()) {
            return List.of();
        }
        FaqEntry without = new FaqEntry(entry.id(), entry.language(), entry.question(), keep, entry.answer(),
                entry.tags(), entry.followUps(), translations);
        FaqPreview preview = index.preview(PreviewCorpus.with(index.entries(), without));
        Map<String, FaqEntry> byId = new LinkedHashMap<>();
        preview.entries().forEach(e -> byId.put(e.id(), e));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Phrasing p : added) {
            List<Candidate> ranked = preview.rank(p.text(), p.language(), byId.size());
            if (ranked.isEmpty() || ranked.get(0).faqId().equals(entry.id())) {
                continue;
            }
            Candidate other = ranked.get(0);
            double own = ranked.stream().filter(c -> c.faqId().equals(entry.id())).mapToDouble(Candidate::confidence)
                    .findFirst().orElse(0);
            String otherQuestion = question(byId.get(other.faqId()), p.language());
            Map<String, Object> m = conflict("phrasing_closer_elsewhere", p.text(), other.faqId(), otherQuestion,
                    String.format(Locale.ROOT, "\"%s\" is closer to '%s' (\"%s\", confidence %.2f) than to this entry"
                            + " (confidence %.2f): the bot may answer it with the other entry", p.text(), other.faqId(),
                            otherQuestion, other.confidence(), own));
            m.put("other_confidence", TryIt.round(other.confidence()));
            m.put("own_confidence", TryIt.round(own));
            out.add(m);
        }
        return out;
    }

    /** The alternates the served phrasings already hold (kept); the others go to {@code added}. */
    private static List<String> kept(List<String> alternates, List<String> servedPhrasings, Language language,
                                     List<Phrasing> added) {
        Set<List<String>> had = new HashSet<>();
        servedPhrasings.forEach(s -> had.add(Folding.foldedWords(s, language)));
        List<String> keep = new ArrayList<>();
        for (String a : alternates) {
            if (had.contains(Folding.foldedWords(a, language))) {
                keep.add(a);
            } else {
                added.add(new Phrasing(a, language));
            }
        }
        return keep;
    }

    private List<Map<String, Object>> sameQuestions(FaqEntry entry) {
        List<Phrasing> mine = phrasings(entry);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Phrasing p : mine) {
            List<String> words = Folding.foldedWords(p.text(), p.language());
            if (words.isEmpty()) {
                continue;
            }
            for (FaqEntry other : index.entries()) {
                if (other.id().equals(entry.id())) {
                    continue;
                }
                for (Phrasing q : phrasings(other)) {
                    if (q.language() == p.language() && same(words, Folding.foldedWords(q.text(), q.language()))) {
                        out.add(conflict("same_questions", p.text(), other.id(), other.question(), String.format(Locale.ROOT,
                                "\"%s\" is (nearly) the same as \"%s\" of '%s': two entries answer the same question",
                                p.text(), q.text(), other.id())));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Equal folded words, or word sets whose Jaccard similarity is at least {@link #SAME_WORDS}. */
    static boolean same(List<String> a, List<String> b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(new HashSet<>(b));
        return !union.isEmpty() && (double) common.size() / union.size() >= SAME_WORDS;
    }

    private static List<Phrasing> phrasings(FaqEntry e) {
        List<Phrasing> out = new ArrayList<>();
        e.phrasings().forEach(p -> out.add(new Phrasing(p, e.language())));
        e.translations().forEach((language, t) -> t.phrasings().forEach(p -> out.add(new Phrasing(p, language))));
        return out;
    }

    private static String question(FaqEntry e, Language language) {
        if (e == null) {
            return null;
        }
        FaqEntry.Translation t = e.translations().get(language);
        return t == null ? e.question() : t.question();
    }

    private static Map<String, Object> conflict(String kind, String phrasing, String otherId, String otherQuestion,
                                                String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("phrasing", phrasing);
        m.put("other_id", otherId);
        m.put("other_question", otherQuestion);
        m.put("message", message);
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
