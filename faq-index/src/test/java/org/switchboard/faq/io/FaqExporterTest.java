package org.switchboard.faq.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.faq.io.Fixtures.ENGLISH;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

class FaqExporterTest {
    @TempDir
    Path dir;

    @Test
    void writingAFileReplacesItWholeAndLeavesNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("faq.yaml"), "old content that is not valid\n");
        FaqExporter.write(RoundTripTest.corpus(), FaqFormat.YAML, file);
        assertEquals(RoundTripTest.corpus(), ENGLISH.read(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void failedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("faq.csv"), "a,q,x\n");
        FaqEntry bad = new FaqEntry("a", Language.ENGLISH, "q", List.of(), "x", List.of("semi;colon"), List.of(), Map.of());
        assertThrows(IllegalArgumentException.class, () -> FaqExporter.write(List.of(bad), FaqFormat.CSV, file));
        assertEquals("a,q,x\n", Files.readString(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void csvRefusesTagsItCouldNotReadBack() {
        FaqEntry bad = new FaqEntry("a", Language.ENGLISH, "q", List.of(), "x", List.of("semi;colon"), List.of(), Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FaqExporter.write(List.of(bad), FaqFormat.CSV, new StringWriter()));
        assertTrue(e.getMessage().contains("entry 'a': tag or follow-up 'semi;colon' cannot be written as CSV"),
                e.getMessage());
    }

    @Test
    void markdownAndHtmlAreImportOnly() {
        for (FaqFormat format : List.of(FaqFormat.MARKDOWN, FaqFormat.HTML)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> FaqExporter.write(List.of(), format, new StringWriter()));
            assertTrue(e.getMessage().contains("export writes YAML, JSON or CSV; " + format + " is import-only"),
                    e.getMessage());
        }
    }

    @Test
    void yamlKeepsMultiLineAnswersReadableAsLiteralBlocks() throws Exception {
        StringWriter out = new StringWriter();
        FaqExporter.write(List.of(FaqEntry.of("a", Language.ENGLISH, "Q?", List.of(), "One.\n\nTwo.")), FaqFormat.YAML, out);
        assertEquals("""
                entries:
                  - id: a
                    language: en
                    question: Q?
                    answer: |-
                      One.

                      Two.
                """, out.toString());
    }

    @Test
    void csvStartsWithTheHeader() throws Exception {
        StringWriter out = new StringWriter();
        FaqExporter.write(List.of(), FaqFormat.CSV, out);
        assertEquals("id,question,answer,language,tags,follow_ups\n", out.toString());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
