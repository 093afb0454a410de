package org.switchboard.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;
import org.switchboard.faq.io.FaqImporter;

class FaqImportCommandTest {
    @TempDir
    Path dir;

    private final FaqIndex index = mock(FaqIndex.class);
    private final FaqImporter importer = mock(FaqImporter.class);
    private final List<Language> importerLanguages = new ArrayList<>();
    private Console console;
    private Path good;
    private Path bad;

    @BeforeEach
    void setUp() throws Exception {
        good = Files.writeString(dir.resolve("good.csv"), "id,question,answer\n");
        bad = Files.writeString(dir.resolve("bad.csv"), "id,question,answer\n");
        console = new Console(dir);
        console.indexOpener = (dataDir, config) -> index;
        console.importers = language -> {
            importerLanguages.add(language);
            return importer;
        };
    }

    @Test
    void readsEveryFileThenReplacesTheIndex() throws Exception {
        List<FaqEntry> entries = List.of(
                FaqEntry.of("hours", Language.ENGLISH, "When are you open?", List.of(), "9 to 5."),
                new FaqEntry("refund", Language.ENGLISH, "Can I get a refund?", List.of(), "Yes.", List.of(), List.of(),
                        Map.of(Language.GREEK, new FaqEntry.Translation("Επιστροφή χρημάτων;", List.of(), "Ναι."))));
        when(importer.readAll(List.of(good, bad))).thenReturn(entries);

        assertEquals(0, console.run("faq", "import", good.toString(), bad.toString()), console.stderrText());

        verify(index).replaceAll(entries);
        assertTrue(console.stdoutText().matches("imported 2 entries \\(2 languages\\) from 2 files in \\d+ ms\n"),
                console.stdoutText());
    }

    @Test
    void badFileExits65WithTheImportersMessageAndLeavesTheIndexUntouched() throws Exception {
        when(importer.readAll(any())).thenThrow(new FaqFormatException("bad.csv", 7, "column 'answer' is empty"));
        console.indexOpener = (dataDir, config) -> {
            throw new AssertionError("the index must not be touched");
        };

        assertEquals(65, console.run("faq", "import", good.toString(), bad.toString()));

        assertEquals("switchboard faq import: bad.csv: line 7: column 'answer' is empty\n", console.stderrText());
        assertEquals("", console.stdoutText());
    }

    @Test
    void missingFileExits66BeforeAnythingIsRead() {
        Path missing = dir.resolve("missing.yaml");
        console.importers = language -> {
            throw new AssertionError("nothing must be read");
        };
        assertEquals(66, console.run("faq", "import", good.toString(), missing.toString()));
        assertEquals("switchboard faq import: " + missing + ": no such file\n", console.stderrText());
        assertEquals(66, console.run("faq", "import", dir.toString()));
    }

    @Test
    void languageOptionElseTheConfiguredDefaultIsTheImportersDefault() throws Exception {
        when(importer.readAll(any())).thenReturn(List.of());
        console.config("faq: {default_language: el}\n");
        console.run("faq", "import", good.toString());
        console.run("faq", "import", "--language", "vi", good.toString());
        console.run("faq", "import", "--language", "fil", good.toString());
        assertEquals(List.of(Language.GREEK, Language.VIETNAMESE, Language.TAGALOG), importerLanguages);
    }

    @Test
    void summaryCountsEntriesLanguagesAndFiles() {
        FaqEntry one = FaqEntry.of("a", Language.ENGLISH, "q?", List.of(), "a.");
        assertEquals("imported 1 entry (1 language) from 1 file in 5 ms", FaqImportCommand.summary(List.of(one), 1, 5));
        assertEquals("imported 0 entries (0 languages) from 3 files in 0 ms", FaqImportCommand.summary(List.of(), 3, 0));
    }
}
