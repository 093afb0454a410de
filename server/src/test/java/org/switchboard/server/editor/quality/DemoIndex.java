package org.switchboard.server.editor.quality;

import java.nio.file.Path;
import java.util.List;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.Language;
import org.switchboard.faq.io.FaqImporter;

/** A real FAQ index on disk holding the demo corpus, config/faq/demo.yaml. */
final class DemoIndex {
    static final Path CONFIG = Path.of("..", "config");

    private DemoIndex() {
    }

    static List<FaqEntry> demo() throws Exception {
        return FaqImporter.create(Language.ENGLISH).read(CONFIG.resolve("faq/demo.yaml"));
    }

    static FaqIndex open(Path dir) throws Exception {
        FaqIndex index = FaqIndex.open(dir, FaqIndexConfig.defaults());
        index.replaceAll(demo());
        return index;
    }

    /** The demo corpus without one entry (and without follow-ups to it, so it still validates). */
    static List<FaqEntry> without(List<FaqEntry> entries, String id) {
        return entries.stream().filter(e -> !e.id().equals(id))
                .map(e -> new FaqEntry(e.id(), e.language(), e.question(), e.alternates(), e.answer(), e.tags(),
                        e.followUps().stream().filter(f -> !f.equals(id)).toList(), e.translations()))
                .toList();
    }
}
