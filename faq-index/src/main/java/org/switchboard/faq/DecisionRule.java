package org.switchboard.faq;

import java.util.List;

/**
 * Turns ranked candidates into a decision: answer when the best reaches
 * {@link Thresholds#answer()}; otherwise offer the candidates at or above
 * {@link Thresholds#optionFloor()} when there are at least two and together they reach
 * {@link Thresholds#options()}; otherwise hand off. Candidates are always reported (best first,
 * at most {@code maxOptions}) so agents and editors see what was found. Immutable.
 */
public final class DecisionRule {
    private final Thresholds thresholds;
    private final int maxOptions;

    public DecisionRule(Thresholds thresholds, int maxOptions) {
        this.thresholds = thresholds;
        this.maxOptions = maxOptions;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** Decides on candidates sorted by descending confidence. */
    public FaqAnswer decide(String question, Language language, List<Candidate> ranked) {
        List<Candidate> candidates = ranked.subList(0, Math.min(ranked.size(), maxOptions));
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
}
