package org.switchboard.server.editor;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/**
 * The difference between two versions of an entry, field by field: only changed fields, each as
 * a line diff (Myers, from java-diff-utils) with {@code =}, {@code -} and {@code +} lines. Text
 * is split at line breaks; lists (alternates, tags, follow-ups) are one item per line.
 * Translations are named {@code translations.vi.answer}.
 */
final class EntryDiff {
    private EntryDiff() {
    }

    /** One changed field. */
    record Field(String field, List<Line> lines) {
    }

    /** One line of a field's diff. */
    record Line(String op, String text) {
    }

    static List<Field> diff(EntryContent from, EntryContent to) {
        Map<String, List<String>> a = fields(from);
        Map<String, List<String>> b = fields(to);
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        List<Field> out = new ArrayList<>();
        for (String name : names) {
            List<String> x = a.getOrDefault(name, List.of());
            List<String> y = b.getOrDefault(name, List.of());
            if (!x.equals(y)) {
                out.add(new Field(name, lines(x, y)));
            }
        }
        return out;
    }

    /** The names of the fields of the served entry that differ (for an import's preview). */
    static List<String> changedFields(FaqEntry from, FaqEntry to) {
        return diff(new EntryContent(from, null, null), new EntryContent(to, null, null)).stream().map(Field::field).toList();
    }

    private static List<Line> lines(List<String> a, List<String> b) {
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> out = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            while (pos < d.getSource().getPosition()) {
                out.add(new Line("=", a.get(pos++)));
            }
            d.getSource().getLines().forEach(s -> out.add(new Line("-", s)));
            d.getTarget().getLines().forEach(s -> out.add(new Line("+", s)));
            pos = d.getSource().getPosition() + d.getSource().size();
        }
        while (pos < a.size()) {
            out.add(new Line("=", a.get(pos++)));
        }
        return out;
    }

    private static Map<String, List<String>> fields(EntryContent c) {
        FaqEntry e = c.entry();
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("language", List.of(e.language().code()));
        f.put("question", text(e.question()));
        f.put("alternates", e.alternates());
        f.put("answer", text(e.answer()));
        f.put("tags", e.tags());
        f.put("follow_ups", e.followUps());
        for (Map.Entry<Language, FaqEntry.Translation> t : e.translations().entrySet()) {
            String p = "translations." + t.getKey().code() + ".";
            f.put(p + "question", text(t.getValue().question()));
            f.put(p + "alternates", t.getValue().alternates());
            f.put(p + "answer", text(t.getValue().answer()));
        }
        f.put("owner", c.owner() == null ? List.of() : List.of(c.owner()));
        f.put("review_by", c.reviewBy() == null ? List.of() : List.of(c.reviewBy().toString()));
        return f;
    }

    private static List<String> text(String s) {
        return List.of(s.split("\\R", -1));
    }
}
