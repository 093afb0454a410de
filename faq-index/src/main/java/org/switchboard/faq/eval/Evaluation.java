package org.switchboard.faq.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link FaqEvaluator} measured. In-scope accuracy counts only correct ANSWER decisions
 * (an OPTIONS or HANDOFF decision on an in-scope question is wrong, as in the CLINC150
 * protocol); out-of-scope recall counts questions that were not answered, and strict recall
 * only those handed off.
 */
public record Evaluation(int inScope, int outOfScope,
                         int answeredRight, int answeredWrong, int optionsWithRight, int optionsWithoutRight, int handedOff,
                         int oosAnswered, int oosOptions, int oosHandedOff,
                         int top1Right, int topKRight, double expectedCalibrationError) {

    public double inScopeAccuracy() {
        return ratio(answeredRight, inScope);
    }

    public double outOfScopeRecall() {
        return ratio(oosOptions + oosHandedOff, outOfScope);
    }

    public double strictOutOfScopeRecall() {
        return ratio(oosHandedOff, outOfScope);
    }

    public double top1Accuracy() {
        return ratio(top1Right, inScope);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** The figures as a JSON-friendly map. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("in_scope", inScope);
        m.put("out_of_scope", outOfScope);
        m.put("in_scope_accuracy", round(inScopeAccuracy()));
        m.put("out_of_scope_recall", round(outOfScopeRecall()));
        m.put("out_of_scope_recall_strict", round(strictOutOfScopeRecall()));
        m.put("top1_accuracy", round(top1Accuracy()));
        m.put("topk_accuracy", round(ratio(topKRight, inScope)));
        m.put("in_scope_decisions", Map.of("answer_right", answeredRight, "answer_wrong", answeredWrong,
                "options_with_right", optionsWithRight, "options_without_right", optionsWithoutRight, "handoff", handedOff));
        m.put("out_of_scope_decisions", Map.of("answer", oosAnswered, "options", oosOptions, "handoff", oosHandedOff));
        m.put("expected_calibration_error", round(expectedCalibrationError));
        return m;
    }

    /** A short human-readable report. */
    public String toText() {
        return String.format(Locale.ROOT, """
                in-scope questions     %d
                  answered right       %d  (in-scope accuracy %.2f%%)
                  answered wrong       %d
                  options with right   %d
                  options without      %d
                  handed off           %d
                  top-1 right          %d  (%.2f%%, before thresholds)
                out-of-scope questions %d
                  not answered         %d  (out-of-scope recall %.2f%%)
                    handed off         %d  (strict recall %.2f%%)
                    offered options    %d
                  answered (wrongly)   %d
                calibration error (ECE, 10 bins)  %.4f
                """, inScope, answeredRight, 100 * inScopeAccuracy(), answeredWrong, optionsWithRight, optionsWithoutRight,
                handedOff, top1Right, 100 * top1Accuracy(), outOfScope, oosOptions + oosHandedOff, 100 * outOfScopeRecall(),
                oosHandedOff, 100 * strictOutOfScopeRecall(), oosOptions, oosAnswered, expectedCalibrationError);
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
