package org.switchboard.faq.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.switchboard.faq.FaqEntry;

/**
 * PLACEHOLDER (wt-cli): compile-only copy of the exporter API being written in wt-io.
 * Drop this file at merge in favour of the real one.
 */
public final class FaqExporter {
    private FaqExporter() {
    }

    public static void write(List<FaqEntry> entries, FaqFormat format, Path file) throws IOException {
        throw new UnsupportedOperationException("placeholder: FaqExporter is implemented in wt-io");
    }

    public static void write(List<FaqEntry> entries, FaqFormat format, Writer out) throws IOException {
        throw new UnsupportedOperationException("placeholder: FaqExporter is implemented in wt-io");
    }
}
