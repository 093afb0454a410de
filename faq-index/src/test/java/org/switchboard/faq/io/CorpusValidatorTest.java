package org.switchboard.faq.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.switchboard.faq.io.Fixtures.assertFailure;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

class CorpusValidatorTest {

    @Test
    void acceptsACorpusWhoseFollowUpsAllExist() {
        assertDoesNotThrow(() -> CorpusValidator.validate(List.of(entry("a", "b"), entry("b", "a")), "editor"));
    }

    @Test
    void rejectsRepeatedIds() {
        FaqFormatException e = assertThrows(FaqFormatException.class,
                () -> CorpusValidator.validate(List.of(entry("a"), entry("a")), "editor"));
        assertFailure(e, "editor", 0, "duplicate id 'a', first used at editor");
    }

    @Test
    void rejectsFollowUpsToMissingEntries() {
        FaqFormatException e = assertThrows(FaqFormatException.class,
                () -> CorpusValidator.validate(List.of(entry("a", "zzz")), "editor"));
        assertFailure(e, "editor", 0, "entry 'a' lists unknown follow-up 'zzz'");
    }

    @Test
    void rejectsAnEntryThatIsItsOwnFollowUp() {
        FaqFormatException e = assertThrows(FaqFormatException.class,
                () -> CorpusValidator.validate(List.of(entry("a", "a")), "editor"));
        assertFailure(e, "editor", 0, "entry 'a' lists itself as a follow-up");
    }

    private static FaqEntry entry(String id, String... followUps) {
        return new FaqEntry(id, Language.ENGLISH, "q " + id, List.of(), "a " + id, List.of(), List.of(followUps), Map.of());
    }
}
