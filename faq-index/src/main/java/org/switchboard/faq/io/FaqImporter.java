package org.switchboard.faq.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

/**
 * PLACEHOLDER (wt-cli): compile-only copy of the importer API being written in wt-io.
 * Drop this file at merge in favour of the real one.
 */
public final class FaqImporter {
    private FaqImporter() {
    }

    public static FaqImporter create(Language defaultLanguage) {
        return new FaqImporter();
    }

    public List<FaqEntry> read(Path file) throws FaqFormatException, IOException {
        throw new UnsupportedOperationException("placeholder: FaqImporter is implemented in wt-io");
    }

    public List<FaqEntry> readAll(List<Path> files) throws FaqFormatException, IOException {
        throw new UnsupportedOperationException("placeholder: FaqImporter is implemented in wt-io");
    }
}
