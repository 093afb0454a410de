/**
 * Measuring and tuning the FAQ index against labelled questions: {@link
 * org.switchboard.faq.eval.LabelledSet} reads them, {@link org.switchboard.faq.eval.FaqEvaluator}
 * reports accuracy, out-of-scope recall, the confusion of decisions and calibration, and {@link
 * org.switchboard.faq.eval.ThresholdTuner} chooses thresholds on a validation set.
 */
package org.switchboard.faq.eval;
