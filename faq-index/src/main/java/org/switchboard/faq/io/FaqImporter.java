package org.switchboard.faq.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

/**
 * Reads FAQ entries from files in any {@link FaqFormat}. The front door of this package.
 *
 * <pre>{@code
 * FaqImporter importer = FaqImporter.create(Language.ENGLISH);
 * List<FaqEntry> entries = importer.readAll(List.of(Path.of("config/faq/general.yaml"),
 *                                                   Path.of("config/faq/billing.csv")));
 * index.replaceAll(entries);   // only reached when every file was read and the corpus is valid
 * }</pre>
 *
 * <p>Files are UTF-8 (a byte-order mark is ignored). Every failure is a
 * {@link FaqFormatException} naming the file, the line where known and the reason, and nothing is
 * returned when one is thrown. Immutable and thread-safe.
 */
public final class FaqImporter {
    private final Language defaultLanguage;

    private FaqImporter(Language defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    /** An importer that gives {@code defaultLanguage} to entries whose file or row names none. */
    public static FaqImporter create(Language defaultLanguage) {
        return new FaqImporter(Objects.requireNonNull(defaultLanguage, "defaultLanguage == null"));
    }

    /**
     * Reads one file, its format told by its extension (see {@link FaqFormat#ofFile}). Checks that
     * ids are unique within the file and that no entry is its own follow-up; follow-ups into other
     * files are checked by {@link #readAll}.
     */
    public List<FaqEntry> read(Path file) throws FaqFormatException, IOException {
        return entries(readFile(file));
    }

    /**
     * Reads text in a known format, e.g. an upload. Does not close {@code in}.
     *
     * @param sourceName named in error messages, e.g. the uploaded file's name
     */
    public List<FaqEntry> read(String sourceName, Reader in, FaqFormat format) throws FaqFormatException, IOException {
        return entries(readSourced(sourceName, in, format, false));
    }

    /**
     * Reads several files as one corpus, all or nothing: every file must read cleanly, ids must
     * be unique across all of them and every follow-up must name an entry of the corpus.
     *
     * @return the entries in file order, then in the order of each file
     */
    public List<FaqEntry> readAll(List<Path> files) throws FaqFormatException, IOException {
        List<SourcedEntry> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(readFile(file));
        }
        CorpusValidator.validate(all);
        return entries(all);
    }

    private List<SourcedEntry> readFile(Path file) throws FaqFormatException, IOException {
        FaqFormat format;
        try {
            format = FaqFormat.ofFile(file);
        } catch (IllegalArgumentException e) {
            throw new FaqFormatException(file.toString(), 0, e.getMessage(), e);
        }
        return readSourced(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8), format, true);
    }

    private List<SourcedEntry> readSourced(String source, Reader in, FaqFormat format, boolean close)
            throws FaqFormatException, IOException {
        Objects.requireNonNull(source, "sourceName == null");
        Objects.requireNonNull(in, "in == null");
        Objects.requireNonNull(format, "format == null");
        String text;
        try {
            text = TextInput.slurp(in, close);
        } catch (CharacterCodingException e) {
            throw new FaqFormatException(source, 0, "not UTF-8 text; save the file as UTF-8", e);
        }
        List<SourcedEntry> entries = readerFor(format).read(source, text, defaultLanguage);
        CorpusValidator.checkWithinFile(entries);
        return entries;
    }

    private static FormatReader readerFor(FaqFormat format) {
        return switch (format) {
            case YAML -> NativeReader.yaml();
            case JSON -> NativeReader.json();
            case CSV -> new CsvReader();
            case MARKDOWN -> new MarkdownReader();
            case HTML -> new HtmlReader();
        };
    }

    private static List<FaqEntry> entries(List<SourcedEntry> sourced) {
        List<FaqEntry> entries = new ArrayList<>(sourced.size());
        sourced.forEach(s -> entries.add(s.entry()));
        return List.copyOf(entries);
    }
}
