package org.switchboard.faq.eval;

import java.util.List;
import org.switchboard.faq.Candidate;
import org.switchboard.faq.Decision;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.FaqIndex;

/** Asks the index every labelled question, exactly as the bot would, and counts the outcomes. */
public final class FaqEvaluator {
    private static final int BINS = 10;

    private FaqEvaluator() {
    }

    public static Evaluation evaluate(FaqIndex index, List<LabelledQuestion> questions) {
        int[] c = new int[12];
        double[] binConfidence = new double[BINS];
        double[] binRight = new double[BINS];
        int[] binCount = new int[BINS];
        for (LabelledQuestion q : questions) {
            FaqAnswer a = index.ask(q.question(), q.languageHint().orElse(index.config().defaultLanguage()));
            String best = a.best().map(Candidate::faqId).orElse(null);
            boolean right = q.inScope() && q.expectedId().equals(best);
            int bin = Math.min(BINS - 1, (int) (a.confidence() * BINS));
            binCount[bin]++;
            binConfidence[bin] += a.confidence();
            binRight[bin] += right ? 1 : 0;
            if (q.inScope()) {
                countInScope(q, a, right, c);
            } else {
                c[a.decision() == Decision.ANSWER ? 7 : a.decision() == Decision.OPTIONS ? 8 : 9]++;
            }
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (binCount[b] > 0) {
                ece += Math.abs(binRight[b] - binConfidence[b]) / questions.size();
            }
        }
        int inScope = (int) questions.stream().filter(LabelledQuestion::inScope).count();
        return new Evaluation(inScope, questions.size() - inScope, c[0], c[1], c[2], c[3], c[4], c[7], c[8], c[9], c[5], c[6], ece);
    }

    private static void countInScope(LabelledQuestion q, FaqAnswer a, boolean top1, int[] c) {
        boolean listed = a.candidates().stream().anyMatch(x -> x.faqId().equals(q.expectedId()));
        switch (a.decision()) {
            case ANSWER -> c[top1 ? 0 : 1]++;
            case OPTIONS -> c[listed ? 2 : 3]++;
            case HANDOFF -> c[4]++;
            default -> throw new IllegalStateException();
        }
        c[5] += top1 ? 1 : 0;
        c[6] += listed ? 1 : 0;
    }
}
