package org.switchboard.faq.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Candidate;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.FaqResources;
import org.switchboard.faq.Thresholds;

class ThresholdTunerTest {
    private static FaqResources resources;

    @BeforeAll
    static void loadResources() {
        resources = FaqResources.load();
    }

    /** Hand-made ranks: each question's single best candidate. */
    private static final class Ranks {
        final List<LabelledQuestion> questions = new ArrayList<>();
        final List<List<Candidate>> ranks = new ArrayList<>();

        Ranks add(String expected, String best, double confidence) {
            questions.add(Faqs.q("q" + questions.size(), expected));
            ranks.add(best == null ? List.of() : List.of(new Candidate(best, confidence)));
            return this;
        }

        double[] best() {
            return ThresholdTuner.bestAnswerThreshold(questions, ranks);
        }
    }

    @Test
    void choosesTheThresholdBetweenOutOfScopeAndRightAnswers() {
        double[] t = new Ranks()
                .add("a", "a", 0.9)
                .add("b", "b", 0.8)
                .add("c", "a", 0.85)     // in scope, wrong entry: never handled right
                .add(null, "a", 0.3)
                .add(null, "b", 0.2)
                .best();
        assertEquals(0.55, t[0], 1e-12, "midway between 0.3 and 0.8");
        assertEquals(4 / 5.0, t[1], 1e-12);
    }

    @Test
    void answersEverythingWhenEverythingIsInScopeAndRight() {
        double[] t = new Ranks().add("a", "a", 0.4).add("b", "b", 0.1).best();
        assertArrayEquals(new double[] {0, 1}, t, 1e-12);
    }

    @Test
    void answersNothingWhenEverythingIsOutOfScope() {
        double[] t = new Ranks().add(null, "a", 0.4).add(null, "b", 0.95).best();
        assertEquals(0.95 + 1e-6, t[0], 1e-12, "just above the highest confidence");
        assertEquals(1.0, t[1]);
    }

    @Test
    void answersTiedConfidencesTogetherAndPicksTheLowestThresholdAmongEquals() {
        // a right answer and an out-of-scope question tie at 0.6: one threshold cannot split them
        double[] t = new Ranks()
                .add("a", "a", 0.9).add("b", "b", 0.6)
                .add(null, "a", 0.6).add(null, "b", 0.3)
                .best();
        assertEquals(0.75, t[1], 1e-12);
        assertEquals(0.45, t[0], 1e-12, "0.45, 0.6 and 0.75 all handle 3 of 4; the lowest wins");
    }

    @Test
    void leavesTiesUnansweredWhenMoreOfThemAreOutOfScope() {
        double[] t = new Ranks()
                .add("a", "a", 0.9).add("b", "b", 0.6)
                .add(null, "a", 0.6).add(null, "b", 0.6).add(null, "c", 0.3)
                .best();
        assertEquals(0.75, t[0], 1e-12);
        assertEquals(4 / 5.0, t[1], 1e-12);
    }

    @Test
    void countsQuestionsWithoutCandidatesAsUnanswered() {
        double[] t = new Ranks().add("a", null, 0).add(null, null, 0).add("b", "b", 0.5).best();
        assertEquals(2 / 3.0, t[1], 1e-12, "the in-scope one without candidates can never be right");
        assertTrue(t[0] <= 0.5);
    }

    @Test
    void measuresLogLossOfTheBestCandidateBeingRight() {
        Ranks r = new Ranks().add("a", "a", 0.8).add(null, "a", 0.4).add("b", "a", 0.5);
        double expected = -(Math.log(0.8) + Math.log(0.6) + Math.log(0.5)) / 3;
        assertEquals(expected, ThresholdTuner.logLoss(r.questions, r.ranks), 1e-12);
    }

    @Test
    void tunesThresholdsInRangeAndRestoresTheIndexThresholds(@TempDir Path dir) {
        try (FaqIndex index = FaqIndex.open(dir, FaqIndexConfig.defaults(), resources)) {
            index.replaceAll(Faqs.ENTRIES);
            Thresholds pinned = new Thresholds(0.6, 0.5, 0.1, 1.4, 2.0, -0.5);
            index.useThresholds(pinned);
            Thresholds tuned = ThresholdTuner.tune(index, Faqs.all());
            assertEquals(pinned, index.thresholds(), "restored after tuning");
            for (double v : new double[] {tuned.answer(), tuned.options(), tuned.optionFloor()}) {
                assertTrue(v >= 0 && v <= 1, tuned.toString());
            }
            assertTrue(tuned.optionFloor() <= tuned.answer(), tuned.toString());
            assertTrue(Arrays.stream(ThresholdTuner.TEMPERATURES).anyMatch(x -> x == tuned.temperature()), tuned.toString());
            assertTrue(tuned.slope() > 0, tuned.toString());
        }
    }

    @Test
    void tunedThresholdsHandleAtLeastAsManyValidationQuestionsRightAsTheDefaults(@TempDir Path dir) {
        try (FaqIndex index = FaqIndex.open(dir, FaqIndexConfig.defaults(), resources)) {
            index.replaceAll(Faqs.ENTRIES);
            Evaluation before = FaqEvaluator.evaluate(index, Faqs.all());
            Thresholds tuned = ThresholdTuner.tune(index, Faqs.all());
            assertEquals(Thresholds.DEFAULT, index.thresholds());
            index.useThresholds(tuned);
            Evaluation after = FaqEvaluator.evaluate(index, Faqs.all());
            assertTrue(handledRight(after) >= handledRight(before), before.toText() + "\n" + after.toText());
            assertEquals(Faqs.all().size(), handledRight(after), "this validation set is separable:\n" + after.toText());
        }
    }

    private static int handledRight(Evaluation e) {
        return e.answeredRight() + e.oosOptions() + e.oosHandedOff();
    }
}
