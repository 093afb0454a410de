package org.switchboard.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.FaqSearch;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

class MeteredSearchTest {

    /** Answers nothing, after using 20 ms of CPU per question. */
    private static final FaqSearch SLOW = new FaqSearch() {
        @Override
        public FaqAnswer ask(String question, Language fallback) {
            CpuSpin.use(20);
            return null;
        }

        @Override
        public Optional<FaqEntry> entry(String id) {
            return Optional.empty();
        }
    };

    @Test
    void countsTheQuestionsAndTheCpuTheyTookOnEveryThread() throws Exception {
        MeteredSearch metered = new MeteredSearch(SLOW);
        MeteredSearch.Asked before = MeteredSearch.asked();
        metered.ask("how much is shipping", Language.ENGLISH);
        Thread other = new Thread(() -> metered.ask("opening hours", Language.ENGLISH));
        other.start();
        other.join();
        assertEquals(Optional.empty(), metered.entry("support-hours"), "entries are the search's own");
        MeteredSearch.Asked asked = MeteredSearch.asked().minus(before);
        assertEquals(2, asked.questions());
        assertTrue(asked.cpuSeconds() >= 0.039 && asked.cpuSeconds() < 0.5, "two questions of 20 ms CPU: " + asked);
        assertTrue(asked.cpuMsEach() >= 19.5, asked.toString());
        assertTrue(Double.isNaN(new MeteredSearch.Asked(0, 0).cpuMsEach()), "no question, no figure");
    }

    @Test
    void aQuestionThatFailsIsCountedToo() {
        RuntimeException broken = new IllegalStateException("index closed");
        MeteredSearch metered = new MeteredSearch(new FaqSearch() {
            @Override
            public FaqAnswer ask(String question, Language fallback) {
                throw broken;
            }

            @Override
            public Optional<FaqEntry> entry(String id) {
                return Optional.empty();
            }
        });
        MeteredSearch.Asked before = MeteredSearch.asked();
        assertSame(broken, assertThrows(IllegalStateException.class, () -> metered.ask("anything", Language.ENGLISH)),
                "the failure goes to the caller as it was");
        assertEquals(1, MeteredSearch.asked().minus(before).questions());
    }
}
