package org.switchboard.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

class ClincCorpusTest {
    @TempDir
    Path dir;

    @Test
    void oneEntryPerTrainingIntentAndQuestionsFromTestThenOosTest() throws Exception {
        Path file = Files.writeString(dir.resolve("data_full.json"), """
                {"train": [["what is my balance", "balance"], ["reset my pin", "pin_change"],
                           ["how much money do i have", "balance"]],
                 "val": [["ignored", "balance"]],
                 "test": [["balance please", "balance"]],
                 "oos_test": [["tell me a joke about cats", "oos"]]}
                """);
        BenchCorpus corpus = ClincCorpus.read(file);
        assertEquals(List.of(
                FaqEntry.of("balance", Language.ENGLISH, "what is my balance", List.of("how much money do i have"),
                        "Answer for balance"),
                FaqEntry.of("pin_change", Language.ENGLISH, "reset my pin", List.of(), "Answer for pin_change")),
                corpus.entries());
        assertEquals(List.of("balance please", "tell me a joke about cats"), corpus.questions());
        assertEquals("clinc150", corpus.name());
    }

    @Test
    void fileWithoutTheSplitsIsRejectedNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("other.json"), "{\"train\": [[\"hi\", \"greet\"]]}");
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> ClincCorpus.read(file));
        assertEquals(file + ": no 'test' split (is this CLINC150's data_full.json?)", e.getMessage());
    }
}
