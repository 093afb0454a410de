package org.switchboard.faq.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.switchboard.faq.Candidate;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Thresholds;

/**
 * Chooses thresholds on a labelled validation set, never on test data:
 * <ol>
 * <li>for each softmax temperature in {@link #TEMPERATURES}: Platt scaling fitted so that the best
 *     candidate's confidence is the probability that it is right (out-of-scope questions have no
 *     right candidate), then the answer threshold that maximises the share of validation questions
 *     handled right (in-scope answered with the right entry, out-of-scope not answered), as in the
 *     CLINC150 protocol; the temperature with the largest share wins (ties: the least log loss);</li>
 * <li>then, among the questions below that threshold, the option floor and combined-confidence
 *     threshold that maximise (share of in-scope ones whose options hold the right entry) +
 *     (share of out-of-scope ones handed off), weighting both groups equally.</li>
 * </ol>
 * The index's thresholds are restored afterwards; the caller decides whether to save the result.
 */
public final class ThresholdTuner {
    static final double[] TEMPERATURES = {0.25, 0.35, 0.5, 0.7, 1.0, 1.4, 2.0, 2.8, 4.0};

    private ThresholdTuner() {
    }

    public static Thresholds tune(FaqIndex index, List<LabelledQuestion> validation) {
        Thresholds before = index.thresholds();
        try {
            double bestShare = -1;
            double bestLoss = Double.POSITIVE_INFINITY;
            Thresholds best = before;
            List<List<Candidate>> bestRanks = null;
            for (double t : TEMPERATURES) {
                index.useThresholds(new Thresholds(before.answer(), before.options(), before.optionFloor(), t));
                List<List<Candidate>> raw = rank(index, validation);
                double[] platt = PlattScaling.fit(bestConfidences(raw), bestIsRight(validation, raw));
                Thresholds calibrated = new Thresholds(before.answer(), 1, 1, t, platt[0], platt[1]);
                List<List<Candidate>> ranks = raw.stream().map(r -> calibrate(calibrated, r)).toList();
                double[] answer = bestAnswerThreshold(validation, ranks);
                double loss = logLoss(validation, ranks);
                if (answer[1] > bestShare + 1e-9 || (answer[1] > bestShare - 1e-9 && loss < bestLoss)) {
                    bestShare = answer[1];
                    bestLoss = loss;
                    best = calibrated.withDecisions(answer[0], 1, 1);
                    bestRanks = ranks;
                }
            }
            return withOptions(best, validation, bestRanks, index.config().maxOptions());
        } finally {
            index.useThresholds(before);
        }
    }

    private static List<List<Candidate>> rank(FaqIndex index, List<LabelledQuestion> questions) {
        List<List<Candidate>> out = new ArrayList<>(questions.size());
        for (LabelledQuestion q : questions) {
            out.add(index.rank(q.question(), q.languageHint().orElse(index.config().defaultLanguage()), index.config().maxOptions()));
        }
        return out;
    }

    /** What the index would rank with {@code t}'s calibration, from its uncalibrated ranking. */
    private static List<Candidate> calibrate(Thresholds t, List<Candidate> raw) {
        double[] c = t.calibrateRanked(raw.stream().mapToDouble(Candidate::confidence).toArray());
        List<Candidate> out = new ArrayList<>(raw.size());
        for (int i = 0; i < c.length; i++) {
            out.add(new Candidate(raw.get(i).faqId(), c[i]));
        }
        return out;
    }

    private static double[] bestConfidences(List<List<Candidate>> ranks) {
        return ranks.stream().mapToDouble(r -> r.isEmpty() ? 0 : r.get(0).confidence()).toArray();
    }

    private static boolean[] bestIsRight(List<LabelledQuestion> qs, List<List<Candidate>> ranks) {
        boolean[] out = new boolean[qs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = qs.get(i).inScope() && !ranks.get(i).isEmpty() && ranks.get(i).get(0).faqId().equals(qs.get(i).expectedId());
        }
        return out;
    }

    /** Mean log loss of the best candidate's confidence as the probability that it is right. */
    static double logLoss(List<LabelledQuestion> qs, List<List<Candidate>> ranks) {
        double sum = 0;
        for (int i = 0; i < qs.size(); i++) {
            List<Candidate> r = ranks.get(i);
            double p = r.isEmpty() ? 0 : r.get(0).confidence();
            boolean right = qs.get(i).inScope() && !r.isEmpty() && r.get(0).faqId().equals(qs.get(i).expectedId());
            p = Math.min(1 - 1e-6, Math.max(1e-6, p));
            sum -= right ? Math.log(p) : Math.log(1 - p);
        }
        return sum / qs.size();
    }

    /** {threshold, share handled right}; thresholds are midpoints between observed confidences. */
    static double[] bestAnswerThreshold(List<LabelledQuestion> qs, List<List<Candidate>> ranks) {
        double[] conf = new double[qs.size()];
        for (int i = 0; i < conf.length; i++) {
            conf[i] = ranks.get(i).isEmpty() ? 0 : ranks.get(i).get(0).confidence();
        }
        double[] sorted = conf.clone();
        Arrays.sort(sorted);
        double bestT = 0;
        double bestShare = -1;
        for (int k = 0; k <= sorted.length; k++) {
            double t = k == 0 ? 0 : k == sorted.length ? Math.min(1, sorted[k - 1] + 1e-6) : (sorted[k - 1] + sorted[k]) / 2;
            int right = 0;
            for (int i = 0; i < conf.length; i++) {
                LabelledQuestion q = qs.get(i);
                boolean answered = !ranks.get(i).isEmpty() && conf[i] >= t;
                boolean ok = q.inScope() ? answered && ranks.get(i).get(0).faqId().equals(q.expectedId()) : !answered;
                right += ok ? 1 : 0;
            }
            double share = (double) right / conf.length;
            if (share > bestShare) {
                bestShare = share;
                bestT = t;
            }
        }
        return new double[] {bestT, bestShare};
    }

    private static Thresholds withOptions(Thresholds t, List<LabelledQuestion> qs, List<List<Candidate>> ranks, int maxOptions) {
        double bestScore = -1;
        Thresholds best = t.withDecisions(t.answer(), 1, 1);
        for (double floor = 0.02; floor <= t.answer() + 1e-9; floor += 0.02) {
            for (double together = floor * 2; together <= 1 + 1e-9; together += 0.02) {
                double score = optionsScore(qs, ranks, t.answer(), floor, together, maxOptions);
                if (score > bestScore + 1e-9) {
                    bestScore = score;
                    best = t.withDecisions(t.answer(), Math.min(1, together), Math.min(1, floor));
                }
            }
        }
        return best;
    }

    private static double optionsScore(List<LabelledQuestion> qs, List<List<Candidate>> ranks, double answer,
                                       double floor, double together, int maxOptions) {
        int in = 0, inRight = 0, out = 0, outHandedOff = 0;
        for (int i = 0; i < qs.size(); i++) {
            List<Candidate> r = ranks.get(i);
            if (!r.isEmpty() && r.get(0).confidence() >= answer) {
                continue;
            }
            List<Candidate> opts = r.stream().limit(maxOptions).filter(c -> c.confidence() >= floor).toList();
            boolean offered = opts.size() >= 2 && opts.stream().mapToDouble(Candidate::confidence).sum() >= together;
            if (qs.get(i).inScope()) {
                in++;
                String id = qs.get(i).expectedId();
                inRight += offered && opts.stream().anyMatch(c -> c.faqId().equals(id)) ? 1 : 0;
            } else {
                out++;
                outHandedOff += offered ? 0 : 1;
            }
        }
        return (in == 0 ? 0 : (double) inRight / in) + (out == 0 ? 0 : (double) outHandedOff / out);
    }
}
