package org.switchboard.server.editor.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.switchboard.faq.FaqEntry;

/**
 * The served corpus with an unsaved entry in place of the served one of the same id (or added
 * at the end). Follow-ups naming entries that are not served are dropped: they do not change how
 * questions are matched, and a draft may name an entry that is not published yet.
 */
final class PreviewCorpus {
    private PreviewCorpus() {
    }

    static List<FaqEntry> with(List<FaqEntry> served, FaqEntry entry) {
        Set<String> ids = served.stream().map(FaqEntry::id).collect(Collectors.toSet());
        ids.add(entry.id());
        List<String> followUps = entry.followUps().stream().filter(ids::contains).toList();
        FaqEntry placed = new FaqEntry(entry.id(), entry.language(), entry.question(), entry.alternates(), entry.answer(),
                entry.tags(), followUps, entry.translations());
        List<FaqEntry> out = new ArrayList<>(served.size() + 1);
        boolean replaced = false;
        for (FaqEntry e : served) {
            if (e.id().equals(entry.id())) {
                out.add(placed);
                replaced = true;
            } else {
                out.add(e);
            }
        }
        if (!replaced) {
            out.add(placed);
        }
        return out;
    }
}
