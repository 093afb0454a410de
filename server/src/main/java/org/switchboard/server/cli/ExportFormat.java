package org.switchboard.server.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.switchboard.faq.io.FaqFormat;

/** The formats {@code faq export} writes, and the file extensions that imply them. */
enum ExportFormat {
    YAML(FaqFormat.YAML, ".yaml", ".yml"),
    JSON(FaqFormat.JSON, ".json"),
    CSV(FaqFormat.CSV, ".csv");

    private final FaqFormat format;
    private final String[] extensions;

    ExportFormat(FaqFormat format, String... extensions) {
        this.format = format;
        this.extensions = extensions;
    }

    FaqFormat faqFormat() {
        return format;
    }

    /** The format a file name implies, if its extension is one of ours. */
    static Optional<ExportFormat> ofFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            for (String ext : f.extensions) {
                if (name.endsWith(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}
