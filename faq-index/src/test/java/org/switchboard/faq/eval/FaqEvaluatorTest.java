package org.switchboard.faq.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.FaqResources;
import org.switchboard.faq.Thresholds;

class FaqEvaluatorTest {
    private static FaqResources resources;
    /** The in-scope questions, one of them labelled with the wrong entry, then the out-of-scope ones. */
    private static final List<LabelledQuestion> QUESTIONS = questions();

    @TempDir
    Path dir;
    private FaqIndex index;

    private static List<LabelledQuestion> questions() {
        List<LabelledQuestion> qs = new ArrayList<>(Faqs.IN_SCOPE);
        qs.add(Faqs.q("refund my order please", "shipping"));
        qs.addAll(Faqs.OUT_OF_SCOPE);
        return qs;
    }

    @BeforeAll
    static void loadResources() {
        resources = FaqResources.load();
    }

    @BeforeEach
    void openIndex() {
        index = FaqIndex.open(dir, FaqIndexConfig.defaults(), resources);
        index.replaceAll(Faqs.ENTRIES);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    private Evaluation evaluate(Thresholds t) {
        index.useThresholds(t);
        return FaqEvaluator.evaluate(index, QUESTIONS);
    }

    @Test
    void countsQuestionsInAndOutOfScope() {
        Evaluation e = evaluate(Thresholds.DEFAULT);
        assertEquals(11, e.inScope());
        assertEquals(4, e.outOfScope());
        assertEquals(10, e.top1Right(), "every paraphrase ranks its entry first; the mislabelled one cannot");
    }

    @Test
    void countsRightAndWrongAnswersWhenEverythingIsAnswered() {
        Evaluation e = evaluate(new Thresholds(0, 1, 1, 1.0));
        assertEquals(10, e.answeredRight());
        assertEquals(1, e.answeredWrong());
        assertEquals(0, e.optionsWithRight() + e.optionsWithoutRight() + e.handedOff());
        assertEquals(4, e.oosAnswered());
        assertEquals(0, e.oosOptions() + e.oosHandedOff());
        assertEquals(10 / 11.0, e.inScopeAccuracy(), 1e-12);
        assertEquals(0.0, e.outOfScopeRecall());
    }

    @Test
    void countsHandoffsWhenNothingReachesAnyThreshold() {
        Evaluation e = evaluate(new Thresholds(1, 1, 1, 100));
        assertEquals(11, e.handedOff());
        assertEquals(0, e.answeredRight() + e.answeredWrong() + e.optionsWithRight() + e.optionsWithoutRight());
        assertEquals(4, e.oosHandedOff());
        assertEquals(1.0, e.outOfScopeRecall());
        assertEquals(1.0, e.strictOutOfScopeRecall());
        assertEquals(0.0, e.inScopeAccuracy(), "a handoff is not a right answer");
        assertEquals(10, e.top1Right(), "top-1 is counted before thresholds");
    }

    @Test
    void countsOptionsWithAndWithoutTheRightEntry() {
        Evaluation e = evaluate(new Thresholds(1, 0, 0, 100));
        assertEquals(11, e.optionsWithRight() + e.optionsWithoutRight());
        assertEquals(e.topKRight(), e.optionsWithRight(), "three options are the top three");
        assertTrue(e.optionsWithRight() >= 10, "options with right: " + e.optionsWithRight());
        assertEquals(4, e.oosOptions());
        assertEquals(1.0, e.outOfScopeRecall(), "options are not answers");
        assertEquals(0.0, e.strictOutOfScopeRecall());
        assertEquals(0.0, e.inScopeAccuracy(), "options are not answers either");
    }

    @Test
    void answersParaphrasesAndHandsOffOutOfScopeAtPinnedThresholds() {
        Evaluation low = evaluate(new Thresholds(0.15, 0.45, 0.08, 1.0));
        assertEquals(10, low.answeredRight());
        assertEquals(1, low.answeredWrong());
        assertEquals(4, low.oosHandedOff(), "the background class leaves weather, jokes and recipes no confidence");
        assertEquals(1.0, low.strictOutOfScopeRecall());

        // "can I have my money back" shares few words with the refunds entry: a high threshold hands it off
        Evaluation high = evaluate(new Thresholds(0.7, 0.45, 0.08, 1.0));
        assertEquals(9, high.answeredRight());
        assertEquals(1, high.handedOff() + high.optionsWithRight() + high.optionsWithoutRight());
        assertEquals(4, high.oosHandedOff());
    }

    @Test
    void measuresCalibrationErrorOfOverlyFlatConfidences() {
        Evaluation sharp = evaluate(new Thresholds(0.7, 0.45, 0.08, 1.0));
        Evaluation flat = evaluate(new Thresholds(0.7, 0.45, 0.08, 100));
        assertTrue(sharp.expectedCalibrationError() >= 0 && sharp.expectedCalibrationError() <= 1);
        // at temperature 100 every confidence is about 1/5 while 10 of 15 best candidates are right
        assertTrue(flat.expectedCalibrationError() >= 10 / 15.0 - 0.3, "ECE " + flat.expectedCalibrationError());
        assertTrue(flat.expectedCalibrationError() > sharp.expectedCalibrationError());
    }

    @Test
    void reportsTheSameFiguresAsTextAndMap() {
        Evaluation e = evaluate(new Thresholds(0.15, 0.45, 0.3, 1.0));
        Map<String, Object> m = e.toMap();
        assertEquals(11, m.get("in_scope"));
        assertEquals(Map.of("answer", 0, "options", 0, "handoff", 4), m.get("out_of_scope_decisions"));
        assertEquals(Math.round(10 / 11.0 * 10000) / 10000.0, m.get("in_scope_accuracy"));
        assertTrue(e.toText().contains("answered right       10  (in-scope accuracy 90.91%)"), e.toText());
    }

    @Test
    void givesZeroRatesRatherThanNaNWithoutQuestionsOfAKind() {
        index.useThresholds(new Thresholds(0.15, 0.45, 0.3, 1.0));
        Evaluation e = FaqEvaluator.evaluate(index, Faqs.IN_SCOPE);
        assertEquals(0, e.outOfScope());
        assertEquals(0.0, e.outOfScopeRecall());
        assertEquals(1.0, e.inScopeAccuracy());
    }
}
