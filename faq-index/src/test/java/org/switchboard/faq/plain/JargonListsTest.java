package org.switchboard.faq.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Language;

/** The jargon list files: the shipped defaults load, and every mistake names the file, line and term. */
class JargonListsTest {
    static final Path CONFIG = Path.of("..", "config");

    @Test
    void everyShippedDefaultLoadsWithTenToTwentyFiveTerms() throws Exception {
        for (Language language : Language.values()) {
            Path file = JargonLists.file(CONFIG, language);
            assertTrue(Files.exists(file), file.toString());
            JargonList list = JargonLists.load(file, language);
            assertTrue(list.terms().size() >= 10 && list.terms().size() <= 25, file + ": " + list.terms().size());
        }
        JargonList en = JargonLists.load(JargonLists.file(CONFIG, Language.ENGLISH), Language.ENGLISH);
        assertTrue(en.terms().contains(new JargonTerm("authenticate", "sign in")), en.terms().toString());
    }

    @Test
    void aMissingFileIsAnEmptyList(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), JargonLists.load(dir.resolve("none.yaml"), Language.ENGLISH).terms());
    }

    @Test
    void aTermWithoutSuggestionNamesFileLineAndTerm() {
        String yaml = "terms:\n  - term: utilise\n    suggestion: use\n  - term: leverage\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JargonLists.parse("en.yaml", yaml, Language.ENGLISH));
        assertEquals("en.yaml:4: terms[1] ('leverage'): suggestion is missing", e.getMessage());
    }

    @Test
    void anUnknownKeyIsNamed() {
        String yaml = "terms:\n  - term: utilise\n    sugestion: use\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JargonLists.parse("en.yaml", yaml, Language.ENGLISH));
        assertTrue(e.getMessage().startsWith("en.yaml:3: terms[0] ('utilise'): unknown key 'sugestion'"), e.getMessage());
        IllegalArgumentException top = assertThrows(IllegalArgumentException.class,
                () -> JargonLists.parse("en.yaml", "words: []\n", Language.ENGLISH));
        assertEquals("en.yaml:1: unknown key 'words' (known: terms)", top.getMessage());
    }

    @Test
    void aRepeatedTermAndBadYamlAreRefused() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> JargonLists.parse("en.yaml",
                "terms:\n  - {term: Utilise, suggestion: use}\n  - {term: utilise, suggestion: use}\n", Language.ENGLISH));
        assertEquals("en.yaml: term 'utilise' is listed twice", twice.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> JargonLists.parse("en.yaml", "terms:\n  - term: \"unclosed\n", Language.ENGLISH));
        assertTrue(bad.getMessage().startsWith("en.yaml:"), bad.getMessage());
        assertTrue(bad.getMessage().contains("not valid YAML"), bad.getMessage());
    }
}
