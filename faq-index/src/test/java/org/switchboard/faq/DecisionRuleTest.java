package org.switchboard.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each branch of the decision rule on hand-made scores, with thresholds and probabilities chosen
 * as exact binary fractions so that "exactly at the threshold" really is exact.
 */
class DecisionRuleTest {
    private static final List<String> IDS = List.of("a", "b", "c", "d", "e");

    /** answer 0.5, options 0.5, floor 0.25. */
    private static final Thresholds HALF = new Thresholds(0.5, 0.5, 0.25, 1.0);

    private static FaqAnswer decide(Thresholds t, int maxOptions, double... confidences) {
        List<Candidate> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < confidences.length; i++) {
            ranked.add(new Candidate(IDS.get(i), Math.min(1, confidences[i])));
        }
        return new DecisionRule(t, maxOptions).decide("q", Language.ENGLISH, ranked);
    }

    private static List<String> ids(FaqAnswer a) {
        return a.candidates().stream().map(Candidate::faqId).toList();
    }

    @Test
    void answersWhenTheBestReachesTheAnswerThresholdExactly() {
        FaqAnswer a = decide(HALF, 3, 0.5, 0.25);
        assertEquals(Decision.ANSWER, a.decision());
        assertEquals(Optional.of("a"), a.faqId());
        assertEquals(0.5, a.confidence());
        assertEquals(List.of("a", "b"), ids(a));
    }

    @Test
    void doesNotAnswerJustBelowTheAnswerThreshold() {
        FaqAnswer a = decide(HALF, 3, Math.nextDown(0.5), 0.125);
        assertEquals(Decision.HANDOFF, a.decision());
        assertEquals(Optional.empty(), a.faqId());
    }

    @Test
    void offersOptionsWhenTheirSumReachesTheOptionsThresholdExactly() {
        FaqAnswer a = decide(new Thresholds(0.75, 0.5, 0.125, 1.0), 3, 0.25, 0.25, 0.0625);
        assertEquals(Decision.OPTIONS, a.decision());
        assertEquals(List.of("a", "b"), ids(a), "the candidate below the floor is not offered");
        assertEquals(0.25, a.confidence());
        assertEquals(Optional.empty(), a.faqId());
    }

    @Test
    void offersACandidateExactlyAtTheFloor() {
        FaqAnswer a = decide(HALF, 3, 0.375, 0.25, 0.125);
        assertEquals(Decision.OPTIONS, a.decision());
        assertEquals(List.of("a", "b"), ids(a));
    }

    @Test
    void handsOffWhenTheOptionsFallJustShortOfTheOptionsThreshold() {
        FaqAnswer a = decide(HALF, 3, 0.25, Math.nextDown(0.25));
        assertEquals(Decision.HANDOFF, a.decision(), "second below the floor: one option only");
        FaqAnswer b = decide(new Thresholds(0.75, Math.nextUp(0.5), 0.125, 1.0), 3, 0.375, 0.125);
        assertEquals(Decision.HANDOFF, b.decision(), "both reach the floor but their sum is just under the threshold");
    }

    @Test
    void handsOffWhenOnlyOneCandidateReachesTheFloorHoweverConfident() {
        FaqAnswer a = decide(new Thresholds(0.75, 0.5, 0.25, 1.0), 3, 0.625, 0.125);
        assertEquals(Decision.HANDOFF, a.decision());
        assertEquals(0.625, a.confidence());
        assertEquals(List.of("a", "b"), ids(a), "a handoff still reports what was found");
    }

    @Test
    void handsOffWithConfidenceZeroWhenThereAreNoCandidates() {
        FaqAnswer a = decide(HALF, 3);
        assertEquals(Decision.HANDOFF, a.decision());
        assertEquals(0.0, a.confidence());
        assertTrue(a.candidates().isEmpty());
        assertEquals(Optional.empty(), a.best());
    }

    @Test
    void reportsAtMostMaxOptionsCandidates() {
        FaqAnswer answered = decide(HALF, 2, 0.5, 0.125, 0.125, 0.125);
        assertEquals(List.of("a", "b"), ids(answered));
        FaqAnswer offered = decide(new Thresholds(0.75, 0.5, 0.125, 1.0), 3, 0.25, 0.25, 0.25, 0.25);
        assertEquals(Decision.OPTIONS, offered.decision());
        assertEquals(List.of("a", "b", "c"), ids(offered));
    }

    @Test
    void capsOptionsBeforeSummingThem() {
        // four candidates of 0.125 would reach 0.5 together, but only three may be offered
        FaqAnswer a = decide(new Thresholds(0.75, 0.5, 0.125, 1.0), 3, 0.125, 0.125, 0.125, 0.125);
        assertEquals(Decision.HANDOFF, a.decision());
    }

    @Test
    void keepsTheCandidatesIdsInRankOrder() {
        FaqAnswer a = new DecisionRule(HALF, 3).decide("q", Language.ENGLISH,
                List.of(new Candidate("e", 0.75), new Candidate("a", 0.125)));
        assertEquals(List.of("e", "a"), ids(a));
        assertEquals(Optional.of("e"), a.faqId());
    }

    @Test
    void answersWithCertainty() {
        FaqAnswer a = decide(HALF, 3, 1.0);
        assertEquals(Decision.ANSWER, a.decision());
        assertEquals(1.0, a.confidence());
    }

    @Test
    void keepsTheQuestionLanguageAndThresholds() {
        Thresholds t = new Thresholds(0.5, 0.5, 0.25, 2.5);
        DecisionRule rule = new DecisionRule(t, 3);
        FaqAnswer a = rule.decide("wo ist", Language.GREEK, List.of());
        assertEquals("wo ist", a.question());
        assertEquals(Language.GREEK, a.language());
        assertEquals(Decision.HANDOFF, a.decision());
        assertEquals(t, rule.thresholds());
    }
}
