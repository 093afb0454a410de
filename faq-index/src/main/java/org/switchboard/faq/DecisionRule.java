package org.switchboard.faq;

import java.util.ArrayList;
import java.util.List;
import org.switchboard.faq.match.Scores;

/**
 * Turns ranked probabilities into a decision: answer when the best entry reaches
 * {@link Thresholds#answer()}; otherwise offer the entries above {@link Thresholds#optionFloor()}
 * when there are at least two and together they reach {@link Thresholds#options()}; otherwise hand
 * off. Candidates are always reported (best first) so agents and editors see what was found.
 */
final class DecisionRule {
    private final Thresholds thresholds;
    private final int maxOptions;

    DecisionRule(Thresholds thresholds, int maxOptions) {
        this.thresholds = thresholds;
        this.maxOptions = maxOptions;
    }

    Thresholds thresholds() {
        return thresholds;
    }

    double temperature() {
        return thresholds.temperature();
    }

    FaqAnswer decide(String question, Language language, Scores scores, List<String> ids) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < scores.size() && i < maxOptions; i++) {
            candidates.add(new Candidate(ids.get(scores.entries()[i]), clamp(scores.probability()[i])));
        }
        double best = candidates.isEmpty() ? 0 : candidates.get(0).confidence();
        if (!candidates.isEmpty() && best >= thresholds.answer()) {
            return new FaqAnswer(question, language, Decision.ANSWER, best, candidates);
        }
        List<Candidate> options = candidates.stream().filter(c -> c.confidence() >= thresholds.optionFloor()).toList();
        double together = options.stream().mapToDouble(Candidate::confidence).sum();
        if (options.size() >= 2 && together >= thresholds.options()) {
            return new FaqAnswer(question, language, Decision.OPTIONS, best, options);
        }
        return new FaqAnswer(question, language, Decision.HANDOFF, best, candidates);
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
