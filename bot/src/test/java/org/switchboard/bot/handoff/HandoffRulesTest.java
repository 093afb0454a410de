package org.switchboard.bot.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoffRulesTest {
    private static final HandoffRules SHIPPED = HandoffRules.load(Path.of("..", "config", "handoff.yaml"));

    @TempDir
    Path dir;

    @Test
    void theShippedRulesRouteTopicsInEveryLanguage() {
        assertEquals(new Routing("billing", Optional.of("refunds"), true), SHIPPED.route("I want my money back now", List.of()));
        assertEquals(new Routing("billing", Optional.of("refunds"), true), SHIPPED.route("Hoàn tiền cho tôi đi", List.of()));
        assertEquals(new Routing("billing", Optional.of("refunds"), true), SHIPPED.route("hoan tien cho toi", List.of()), "without diacritics");
        assertEquals(new Routing("billing", Optional.of("cancellations"), true), SHIPPED.route("Θέλω διακοπή συμβολαίου", List.of()));
        assertEquals(new Routing("supervisor", Optional.of("legal"), true), SHIPPED.route("I will talk to my LAWYER", List.of()));
        assertEquals(new Routing("supervisor", Optional.of("legal"), true), SHIPPED.route("Kakasuhan ko kayo", List.of()));
        assertEquals(new Routing("technical", Optional.of("account-security"), true), SHIPPED.route("تم اختراق حسابي", List.of()));
        assertEquals(new Routing("technical", Optional.of("account-security"), true), SHIPPED.route("my account was hacked", List.of()));
    }

    @Test
    void wordsMatchWholeWordsOnly() {
        assertEquals(Routing.to("support"), SHIPPED.route("thanks for the courtesy", List.of()));
        assertEquals(Routing.to("support"), SHIPPED.route("how long does a refund take", List.of()),
                "asking about refunds is an FAQ question, not a demand");
    }

    @Test
    void entryTagsRouteWhenNoWordsDo() {
        assertEquals(new Routing("billing", Optional.of("billing"), false), SHIPPED.route("", List.of("payments")));
        assertEquals(new Routing("technical", Optional.of("technical"), false), SHIPPED.route("help", List.of("Mobile")));
        assertEquals(Routing.to("support"), SHIPPED.route("help", List.of("delivery")));
        assertEquals(new Routing("billing", Optional.of("refunds"), true), SHIPPED.route("refund me", List.of("mobile")),
                "words win over tags");
    }

    @Test
    void theShippedSettings() {
        assertEquals("support", SHIPPED.defaultTeam());
        assertEquals(HandoffRules.OnFrustration.HANDOFF, SHIPPED.onFrustration());
        assertEquals(2, SHIPPED.notHelpfulInARow());
        assertTrue(SHIPPED.clarifyBeforeHandoff());
    }

    @Test
    void anEmptyFileMeansTheDefaults() throws Exception {
        assertEquals(HandoffRules.defaults(), HandoffRules.load(write("# nothing\n")));
    }

    @Test
    void mistakesNameTheFileAndKey() throws Exception {
        assertError("on_frustration: scream\n", "on_frustration: must be handoff or apologise, not 'scream'");
        assertError("not_helpful_in_a_row: 0\n", "not_helpful_in_a_row must be 1..10: 0");
        assertError("clarify_before_handoff: maybe\n", "clarify_before_handoff: must be true or false");
        assertError("teems: []\n", "teems: unknown key");
        assertError("teams:\n  - name: x\n    words: {en: [a]}\n", "teams[0]: needs 'name' and 'team'");
        assertError("teams:\n  - name: x\n    team: y\n", "teams[0]: rule 'x' needs tags or words");
        assertError("teams:\n  - name: x\n    team: y\n    words: {fr: [remboursement]}\n", "teams[0].words.fr: unknown language");
        assertError("teams:\n  - name: x\n    team: y\n    tags: billing\n", "teams[0].tags: must be a list");
        assertError("teams:\n  - name: x\n    team: y\n    colour: red\n    tags: [a]\n", "teams[0].colour: unknown key");
    }

    private void assertError(String yaml, String expected) throws Exception {
        Path file = write(yaml);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HandoffRules.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("handoff.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
