package org.switchboard.bot.phrasing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.switchboard.faq.Language;

/**
 * What the bot says and listens for, in every supported language, read from one YAML file per
 * language ({@code en.yaml}, {@code vi.yaml}, {@code el.yaml}, {@code tl.yaml}, {@code ar.yaml}).
 *
 * <pre>{@code
 * Phrasebook phrases = Phrasebook.load(Path.of("config/phrasing"));
 * phrases.text(Language.VIETNAMESE, Phrase.GREETING, Map.of("name", "Sam"));
 * }</pre>
 *
 * <p>Loading checks everything before the bot says a word: every language has a file and every
 * file has every {@link Phrase} key, no unknown keys, texts use exactly their placeholders, lists
 * are not empty. Immutable and thread-safe.
 */
public final class Phrasebook {
    private final Map<Language, Map<Phrase, Object>> phrases;

    private Phrasebook(Map<Language, Map<Phrase, Object>> phrases) {
        this.phrases = phrases;
    }

    /**
     * Reads {@code <code>.yaml} for every {@link Language} in {@code dir}.
     *
     * @throws PhrasebookException listing every missing file, unknown file, unknown or missing key
     *                             and wrong placeholder, each with its file's name
     */
    public static Phrasebook load(Path dir) {
        Objects.requireNonNull(dir, "dir == null");
        List<String> problems = new ArrayList<>();
        Map<Language, Map<Phrase, Object>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path file = dir.resolve(language.code() + ".yaml");
            if (!Files.isRegularFile(file)) {
                problems.add(file + ": missing (every language needs its phrasing file)");
                continue;
            }
            PhraseFile.read(file.toString(), read(file), problems).ifPresent(p -> all.put(language, p));
        }
        unknownFiles(dir, problems);
        if (!problems.isEmpty()) {
            throw new PhrasebookException(dir.toString(), problems);
        }
        return new Phrasebook(all);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void unknownFiles(Path dir, List<String> problems) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<String> known = Stream.of(Language.values()).map(l -> l.code() + ".yaml").toList();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> (n.endsWith(".yaml") || n.endsWith(".yml")) && !known.contains(n))
                    .sorted()
                    .forEach(n -> problems.add(dir.resolve(n) + ": not a supported language's file (expected "
                            + String.join(", ", known) + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A text with no placeholders. */
    public String text(Language language, Phrase phrase) {
        return text(language, phrase, Map.of());
    }

    /**
     * A text with its placeholders filled in.
     *
     * @throws IllegalArgumentException if {@code phrase} is a list, or {@code values} do not match its placeholders
     */
    public String text(Language language, Phrase phrase, Map<String, String> values) {
        if (phrase.isList()) {
            throw new IllegalArgumentException(phrase.key() + " is a list, not a text");
        }
        if (!values.keySet().equals(Set.copyOf(phrase.placeholders()))) {
            throw new IllegalArgumentException(phrase.key() + " takes " + phrase.placeholders() + ", not " + values.keySet());
        }
        String text = (String) phrases.get(language).get(phrase);
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{" + v.getKey() + "}", v.getValue());
        }
        return text;
    }

    /**
     * A list of phrases the bot listens for.
     *
     * @throws IllegalArgumentException if {@code phrase} is a text
     */
    @SuppressWarnings("unchecked")
    public List<String> list(Language language, Phrase phrase) {
        if (!phrase.isList()) {
            throw new IllegalArgumentException(phrase.key() + " is a text, not a list");
        }
        return (List<String>) phrases.get(language).get(phrase);
    }
}
