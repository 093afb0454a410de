package org.switchboard.faq.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

class LabelledSetTest {
    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        Path f = dir.resolve("val.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private FaqFormatException failure(int line, String... lines) throws IOException {
        Path f = file(lines);
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> LabelledSet.read(f));
        assertEquals(f.toString(), e.source());
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith(f + ": line " + line + ": "), e.getMessage());
        return e;
    }

    @Test
    void readsQuestionsWithTheirEntriesAndLanguagesSkippingBlankLines() throws Exception {
        List<LabelledQuestion> qs = LabelledSet.read(file(
                "{\"question\": \"How do I reset my password?\", \"faq_id\": \"password-reset\"}",
                "",
                "   ",
                "{\"question\": \"Làm sao đổi mật khẩu?\", \"faq_id\": \"password-reset\", \"language\": \"vi\"}",
                "{\"faq_id\": \"refunds\", \"question\": \"refund please\", \"language\": null}"));
        assertEquals(3, qs.size());
        assertEquals(new LabelledQuestion("How do I reset my password?", "password-reset", null), qs.get(0));
        assertEquals(Optional.of(Language.VIETNAMESE), qs.get(1).languageHint());
        assertEquals("Làm sao đổi mật khẩu?", qs.get(1).question());
        assertEquals(Optional.empty(), qs.get(2).languageHint());
        assertTrue(qs.stream().allMatch(LabelledQuestion::inScope));
    }

    @Test
    void treatsANullAbsentOrEmptyFaqIdAsOutOfScope() throws Exception {
        List<LabelledQuestion> qs = LabelledSet.read(file(
                "{\"question\": \"what's the weather\", \"faq_id\": null}",
                "{\"question\": \"tell me a joke\"}",
                "{\"question\": \"who won the match\", \"faq_id\": \"\"}"));
        assertEquals(3, qs.size());
        for (LabelledQuestion q : qs) {
            assertFalse(q.inScope(), q.question());
            assertNull(q.expectedId());
        }
    }

    @Test
    void acceptsLanguageNamesAndThreeLetterCodes() throws Exception {
        List<LabelledQuestion> qs = LabelledSet.read(file(
                "{\"question\": \"a\", \"language\": \"Greek\"}",
                "{\"question\": \"b\", \"language\": \"fil\"}",
                "{\"question\": \"c\", \"language\": \"ara\"}"));
        assertEquals(List.of(Language.GREEK, Language.TAGALOG, Language.ARABIC),
                qs.stream().map(LabelledQuestion::language).toList());
    }

    @Test
    void rejectsAnUnknownKeyNamingFileLineAndKey() throws Exception {
        FaqFormatException e = failure(2,
                "{\"question\": \"ok\", \"faq_id\": \"a\"}",
                "{\"question\": \"typo\", \"faqid\": \"a\"}");
        assertTrue(e.getMessage().contains("unknown key 'faqid'"), e.getMessage());
    }

    @Test
    void rejectsBadJsonNamingFileAndLine() throws Exception {
        FaqFormatException e = failure(3,
                "{\"question\": \"ok\"}",
                "",
                "{\"question\": \"unterminated}");
        assertTrue(e.getMessage().contains("not a JSON object"), e.getMessage());
    }

    @Test
    void rejectsJsonThatIsNotAnObject() throws Exception {
        failure(1, "[\"question\", \"faq_id\"]");
        failure(2, "{\"question\": \"ok\"}", "\"just a string\"");
    }

    @Test
    void rejectsAnEmptyOrMissingQuestion() throws Exception {
        assertTrue(failure(1, "{\"question\": \"  \", \"faq_id\": \"a\"}").getMessage().contains("'question' must be a non-empty string"));
        failure(1, "{\"question\": \"\"}");
        failure(2, "{\"question\": \"ok\"}", "{\"faq_id\": \"a\"}");
        failure(1, "{\"question\": 42}");
    }

    @Test
    void rejectsAnUnsupportedLanguageListingTheSupportedOnes() throws Exception {
        FaqFormatException e = failure(1, "{\"question\": \"bonjour\", \"language\": \"fr\"}");
        assertTrue(e.getMessage().contains("unsupported language 'fr'"), e.getMessage());
        assertTrue(e.getMessage().contains(Language.supportedCodes()), e.getMessage());
    }

    @Test
    void rejectsAFileWithNoQuestions() throws Exception {
        for (String content : List.of("", "\n\n   \n")) {
            Path f = dir.resolve("empty.jsonl");
            Files.writeString(f, content);
            FaqFormatException e = assertThrows(FaqFormatException.class, () -> LabelledSet.read(f));
            assertEquals(f + ": no labelled questions", e.getMessage());
            assertEquals(0, e.line());
        }
    }

    @Test
    void reportsAMissingFileAsAnIoError() {
        assertThrows(NoSuchFileException.class, () -> LabelledSet.read(dir.resolve("absent.jsonl")));
    }

    @Test
    void rejectsAFaqIdThatIsNotAString() throws Exception {
        failure(1, "{\"question\": \"how do I reset my password\", \"faq_id\": {\"id\": \"password-reset\"}}");
        failure(1, "{\"question\": \"how do I reset my password\", \"faq_id\": [\"password-reset\"]}");
    }
}
