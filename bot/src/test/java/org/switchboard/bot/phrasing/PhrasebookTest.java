package org.switchboard.bot.phrasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Language;

class PhrasebookTest {
    private static final Path REAL = Path.of("..", "config", "phrasing");

    @TempDir
    Path dir;

    private Path copy() throws IOException {
        for (Language l : Language.values()) {
            Files.copy(REAL.resolve(l.code() + ".yaml"), dir.resolve(l.code() + ".yaml"));
        }
        return dir;
    }

    private void edit(String code, String from, String to) throws IOException {
        Path file = dir.resolve(code + ".yaml");
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    private List<String> problems() {
        return assertThrows(PhrasebookException.class, () -> Phrasebook.load(dir)).problems();
    }

    @Test
    void theShippedFilesHoldEveryPhraseInEveryLanguage() {
        Phrasebook book = Phrasebook.load(REAL);

        for (Language l : Language.values()) {
            for (Phrase p : Phrase.values()) {
                if (p.isList()) {
                    assertFalse(book.list(l, p).isEmpty(), l + " " + p.key());
                } else if (p.placeholders().isEmpty()) {
                    assertFalse(book.text(l, p).isBlank(), l + " " + p.key());
                }
            }
        }
        assertEquals("Hello! I'm Sam, a virtual assistant. What can I help you with?",
                book.text(Language.ENGLISH, Phrase.GREETING, Map.of("name", "Sam")));
        assertEquals("thứ Hai", book.text(Language.VIETNAMESE, Phrase.day(DayOfWeek.MONDAY)));
        assertEquals("الأحد", book.text(Language.ARABIC, Phrase.day(DayOfWeek.SUNDAY)));
    }

    @Test
    void noShippedTextSaysItDoesNotKnow() {
        Phrasebook book = Phrasebook.load(REAL);

        for (Phrase p : Phrase.values()) {
            if (!p.isList() && p.placeholders().isEmpty()) {
                String text = book.text(Language.ENGLISH, p).toLowerCase(Locale.ROOT);
                assertFalse(text.contains("know") || text.contains("not my job") || text.contains("not allowed"), text);
            }
        }
    }

    /**
     * STANDARDS.md: never promise what cannot be delivered, a wait estimate included. A wait is
     * said only as measured ({@code queue.wait}, with its {@code {minutes}}); no other text guesses one.
     */
    @Test
    void noShippedTextGuessesAWait() {
        Phrasebook book = Phrasebook.load(REAL);

        for (Phrase p : Phrase.values()) {
            if (!p.isList() && !p.placeholders().contains("minutes")) {
                Map<String, String> values = new HashMap<>();
                p.placeholders().forEach(name -> values.put(name, "{" + name + "}"));
                String text = book.text(Language.ENGLISH, p, values).toLowerCase(Locale.ROOT);
                for (String guess : List.of("few minutes", "shortly", "should take", "won't be long", "any minute")) {
                    assertFalse(text.contains(guess), p + " guesses a wait: " + text);
                }
            }
        }
    }

    @Test
    void anUnknownKeyIsRejectedNamingTheFileAndTheKey() throws IOException {
        copy();
        edit("el", "  ask: \"Σας βοήθησε αυτό;\"", "  aks: \"Σας βοήθησε αυτό;\"");

        List<String> problems = problems();

        assertEquals(List.of(dir.resolve("el.yaml") + ": unknown key 'helpful.aks'",
                dir.resolve("el.yaml") + ": missing key 'helpful.ask'"), problems);
    }

    @Test
    void aMissingKeyIsRejected() throws IOException {
        copy();
        edit("tl", "apology: \"Pasensya na po talaga. Naiintindihan ko na nakakainis ito, at gusto kong tumulong na maayos ito.\"\n", "");

        assertEquals(List.of(dir.resolve("tl.yaml") + ": missing key 'apology'"), problems());
    }

    @Test
    void placeholdersMustBeExactlyTheOnesAKeyTakes() throws IOException {
        copy();
        edit("vi", "Tôi là {name}", "Tôi là {nam}");
        edit("ar", "الساعة {time} بتوقيتك. لكن يمكنني الإجابة عن أسئلتك.\"\n  later", "بتوقيتك. لكن يمكنني الإجابة عن أسئلتك.\"\n  later");
        edit("en", "Did that help?", "Did that {help?");

        List<String> problems = problems();

        assertTrue(problems.contains(dir.resolve("vi.yaml") + ": key 'greeting': unknown placeholder {nam} (allowed: {name})"), problems.toString());
        assertTrue(problems.contains(dir.resolve("vi.yaml") + ": key 'greeting': missing placeholder {name}"), problems.toString());
        assertTrue(problems.contains(dir.resolve("ar.yaml") + ": key 'away.tomorrow': missing placeholder {time}"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(dir.resolve("en.yaml") + ": key 'helpful.ask': a brace")), problems.toString());
    }

    @Test
    void aMissingLanguageFileAndAStrayFileAreNamed() throws IOException {
        copy();
        Files.delete(dir.resolve("el.yaml"));
        Files.writeString(dir.resolve("fr.yaml"), "greeting: \"Bonjour\"\n");

        assertEquals(List.of(dir.resolve("el.yaml") + ": missing (every language needs its phrasing file)",
                dir.resolve("fr.yaml") + ": not a supported language's file (expected en.yaml, vi.yaml, el.yaml, tl.yaml, ar.yaml)"),
                problems());
    }

    @Test
    void wrongShapesAreNamed() throws IOException {
        copy();
        edit("en", "yes_label: \"Yes\"", "yes_label: [\"Yes\"]");
        edit("en", "  thanks:\n    - \"thanks\"", "  thanks: \"thanks\"\n  old:\n    - \"thanks\"");

        List<String> problems = problems();

        assertTrue(problems.contains(dir.resolve("en.yaml") + ": key 'helpful.yes_label' must be a text, not array"
                + " (quote values such as yes, no, on, off)"), problems.toString());
        assertTrue(problems.contains(dir.resolve("en.yaml") + ": key 'detect.thanks' must be a list of one or more phrases"),
                problems.toString());
    }

    @Test
    void aDuplicateKeyOrBrokenYamlIsNamed() throws IOException {
        copy();
        edit("ar", "apology:", "closing:\n  thanks: \"x\"\napology:");

        String problem = problems().get(0);

        assertTrue(problem.startsWith(dir.resolve("ar.yaml") + ": not valid YAML: Duplicate field 'closing'"), problem);
    }

    @Test
    void textsAndListsAreNotConfused() {
        Phrasebook book = Phrasebook.load(REAL);

        assertThrows(IllegalArgumentException.class, () -> book.text(Language.ENGLISH, Phrase.DETECT_YES));
        assertThrows(IllegalArgumentException.class, () -> book.list(Language.ENGLISH, Phrase.APOLOGY));
        assertThrows(IllegalArgumentException.class, () -> book.text(Language.ENGLISH, Phrase.GREETING));
    }
}
