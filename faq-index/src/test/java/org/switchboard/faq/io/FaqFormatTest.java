package org.switchboard.faq.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FaqFormatTest {

    @Test
    void knowsEveryFormatByItsExtensionIgnoringCase() {
        assertEquals(FaqFormat.YAML, FaqFormat.ofFile(Path.of("config/faq/general.yaml")));
        assertEquals(FaqFormat.YAML, FaqFormat.ofFile(Path.of("general.YML")));
        assertEquals(FaqFormat.JSON, FaqFormat.ofFile(Path.of("faq.json")));
        assertEquals(FaqFormat.CSV, FaqFormat.ofFile(Path.of("faq.Csv")));
        assertEquals(FaqFormat.MARKDOWN, FaqFormat.ofFile(Path.of("faq.md")));
        assertEquals(FaqFormat.MARKDOWN, FaqFormat.ofFile(Path.of("faq.markdown")));
        assertEquals(FaqFormat.HTML, FaqFormat.ofFile(Path.of("faq.html")));
        assertEquals(FaqFormat.HTML, FaqFormat.ofFile(Path.of("faq.HTM")));
    }

    @Test
    void unknownExtensionNamesTheFileAndTheAcceptedExtensions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FaqFormat.ofFile(Path.of("notes/faq.txt")));
        assertTrue(e.getMessage().contains("notes/faq.txt"), e.getMessage());
        assertTrue(e.getMessage().contains(".yaml, .yml, .json, .csv, .md, .markdown, .html, .htm"), e.getMessage());
    }
}
