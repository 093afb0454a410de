package org.switchboard.faq.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The file formats FAQ entries are imported from; {@link FaqExporter} writes the first three. */
public enum FaqFormat {
    /** The native format as YAML: {@code language:} and {@code entries:}, or a plain list of entries. */
    YAML(".yaml", ".yml"),
    /** The native format as JSON: the same tree as {@link #YAML}. */
    JSON(".json"),
    /** Rows of {@code id,question,answer[,language][,tags][,follow_ups]}; repeated ids add phrasings. */
    CSV(".csv"),
    /** Headings are questions, the text below them the answer. Import only. */
    MARKDOWN(".md", ".markdown"),
    /** An FAQ web page: schema.org FAQPage JSON-LD, details/summary, dl/dt or headings. Import only. */
    HTML(".html", ".htm");

    private final List<String> extensions;

    FaqFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The file extensions of this format, with the dot, e.g. {@code [.yaml, .yml]}. */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * The format of a file, by its extension (case-insensitive).
     *
     * @throws IllegalArgumentException naming the file and the accepted extensions when none fits
     */
    public static FaqFormat ofFile(Path file) {
        Objects.requireNonNull(file, "file == null");
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (FaqFormat format : values()) {
            if (format.extensions.stream().anyMatch(lower::endsWith)) {
                return format;
            }
        }
        throw new IllegalArgumentException("cannot tell the FAQ format of '" + file
                + "' from its extension; accepted: " + acceptedExtensions());
    }

    /** All accepted extensions, comma separated. */
    static String acceptedExtensions() {
        StringBuilder all = new StringBuilder();
        for (FaqFormat format : values()) {
            for (String extension : format.extensions) {
                all.append(all.length() == 0 ? "" : ", ").append(extension);
            }
        }
        return all.toString();
    }
}
