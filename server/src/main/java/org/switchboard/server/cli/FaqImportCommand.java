package org.switchboard.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code switchboard faq import FILE…}: reads every file (all or nothing), then replaces the whole
 * index with their entries. A file that does not parse leaves the index untouched (exit 65).
 */
@Command(name = "import",
        description = {"Replace the FAQ index with the entries of FILE….",
                "Formats: YAML, JSON, CSV, Markdown or HTML, by file extension. Every file is read before the index "
                        + "is touched; one bad file imports nothing (exit 65)."})
final class FaqImportCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "FAQ files to import.")
    List<Path> files;

    @Option(names = "--language", paramLabel = "CODE", converter = LanguageConverter.class,
            description = "Language of entries that do not name one (default: faq.default_language).")
    Language language;

    FaqImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        InputFiles.requireReadable(files);
        long start = System.nanoTime();
        Language fallback = language != null ? language : cli.config().faq().defaultLanguage();
        List<FaqEntry> entries = cli.importer(fallback).readAll(files);
        try (FaqIndex index = cli.openIndex()) {
            index.replaceAll(entries);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        cli.out().println(summary(entries, files.size(), millis));
        cli.out().flush();
        return ExitCodes.OK;
    }

    /** "imported 12 entries (2 languages) from 1 file in 840 ms". */
    static String summary(List<FaqEntry> entries, int fileCount, long millis) {
        Set<Language> languages = entries.stream()
                .flatMap(e -> Stream.concat(Stream.of(e.language()), e.translations().keySet().stream()))
                .collect(Collectors.toSet());
        return "imported " + count(entries.size(), "entry", "entries")
                + " (" + count(languages.size(), "language", "languages") + ")"
                + " from " + count(fileCount, "file", "files") + " in " + millis + " ms";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
