package org.switchboard.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Candidate;
import org.switchboard.faq.Decision;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;

class FaqAskCommandTest {
    @TempDir
    Path dir;

    private final FaqIndex index = mock(FaqIndex.class);
    private Console console;

    @BeforeEach
    void setUp() {
        console = new Console(dir);
        console.indexOpener = (dataDir, config) -> index;
        when(index.entries()).thenReturn(List.of(FaqEntry.of("hours", Language.ENGLISH, "When are you open?",
                List.of(), "9 to 5.")));
        when(index.ask(anyString())).thenAnswer(call -> answer(call.getArgument(0)));
    }

    private static FaqAnswer answer(String question) {
        return new FaqAnswer(question, Language.ENGLISH, Decision.ANSWER, 0.8, List.of(new Candidate("hours", 0.8)));
    }

    @Test
    void writesOneJsonLinePerQuestionAndSkipsBlankLines() {
        console.stdin = "when are you open\n\n   \n  opening hours?  \n";
        assertEquals(0, console.run("faq", "ask"), console.stderrText());
        assertEquals(AnswerJson.line(answer("when are you open")) + "\n"
                + AnswerJson.line(answer("opening hours?")) + "\n", console.stdoutText());
        assertEquals("", console.stderrText());
    }

    @Test
    void languageOptionIsTheFallbackForEveryQuestion() {
        when(index.ask("giờ mở cửa", Language.VIETNAMESE)).thenReturn(
                new FaqAnswer("giờ mở cửa", Language.VIETNAMESE, Decision.HANDOFF, 0.02, List.of()));
        console.stdin = "giờ mở cửa\n";
        assertEquals(0, console.run("faq", "ask", "--language", "vi"));
        verify(index).ask("giờ mở cửa", Language.VIETNAMESE);
        assertTrue(console.stdoutText().startsWith("{\"question\":\"giờ mở cửa\",\"language\":\"vi\""));
    }

    @Test
    void flushesAfterEveryAnswer() {
        List<String> flushed = new ArrayList<>();
        console.stdout = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                flushed.add(toString(StandardCharsets.UTF_8));
            }
        };
        console.stdin = "one\ntwo\n";
        console.run("faq", "ask");
        String first = AnswerJson.line(answer("one")) + "\n";
        assertTrue(flushed.contains(first), flushed.toString());
        assertTrue(flushed.contains(first + AnswerJson.line(answer("two")) + "\n"), flushed.toString());
    }

    @Test
    void warnsOnStderrWhenTheIndexIsEmpty() {
        when(index.entries()).thenReturn(List.of());
        console.stdin = "hello\n";
        assertEquals(0, console.run("faq", "ask", "--data", "empty"));
        assertEquals("switchboard faq ask: warning: the FAQ index in empty is empty; every question will be handed off "
                + "(run 'switchboard faq import FILE')\n", console.stderrText());
        assertEquals(1, console.stdoutText().lines().count());
    }

    @Test
    void failureOnAQuestionExits70NamingTheLine() {
        when(index.ask("boom")).thenThrow(new IllegalStateException("index closed"));
        console.stdin = "fine\nboom\nnever\n";
        assertEquals(70, console.run("faq", "ask"));
        assertEquals(1, console.stdoutText().lines().count());
        assertTrue(console.stderrText().startsWith(
                "switchboard faq ask: stdin line 2: internal error: IllegalStateException: index closed (at "),
                console.stderrText());
    }
}
