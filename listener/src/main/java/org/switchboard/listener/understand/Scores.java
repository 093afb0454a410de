package org.switchboard.listener.understand;

import java.util.List;
import java.util.Locale;

/**
 * How predictions compare with labels: per class precision, recall and F1, their unweighted mean
 * (macro-F1) and accuracy. A class never predicted has precision 0, a class never labelled recall
 * 0, and F1 is 0 when precision + recall is 0.
 *
 * @param classes   the classes, in report order
 * @param confusion {@code confusion[gold][predicted]} counts, indexed like {@code classes}
 */
public record Scores(List<String> classes, long[][] confusion) {
    /** Counts the pairs; every label and prediction must be one of {@code classes}. */
    public static Scores of(List<String> classes, List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " labels but " + predicted.size() + " predictions");
        }
        long[][] m = new long[classes.size()][classes.size()];
        for (int i = 0; i < gold.size(); i++) {
            m[index(classes, gold.get(i))][index(classes, predicted.get(i))]++;
        }
        return new Scores(List.copyOf(classes), m);
    }

    private static int index(List<String> classes, String c) {
        int i = classes.indexOf(c);
        if (i < 0) {
            throw new IllegalArgumentException("unknown class '" + c + "'; classes are " + classes);
        }
        return i;
    }

    /** Items counted. */
    public long total() {
        long n = 0;
        for (long[] row : confusion) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    /** Items labelled with the class. */
    public long support(int c) {
        long n = 0;
        for (long v : confusion[c]) {
            n += v;
        }
        return n;
    }

    public double precision(int c) {
        long predicted = 0;
        for (long[] row : confusion) {
            predicted += row[c];
        }
        return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
    }

    public double recall(int c) {
        long labelled = support(c);
        return labelled == 0 ? 0 : (double) confusion[c][c] / labelled;
    }

    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The mean of the classes' F1. */
    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < classes.size(); c++) {
            sum += f1(c);
        }
        return sum / classes.size();
    }

    /** Correct predictions over all items. */
    public double accuracy() {
        long right = 0;
        for (int c = 0; c < classes.size(); c++) {
            right += confusion[c][c];
        }
        long n = total();
        return n == 0 ? 0 : (double) right / n;
    }

    /** A plain-text table: one row per class, then macro-F1 and accuracy. */
    public String toText() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-16s %9s %9s %9s %8s%n",
                "class", "precision", "recall", "F1", "support"));
        for (int c = 0; c < classes.size(); c++) {
            s.append(String.format(Locale.ROOT, "%-16s %9.4f %9.4f %9.4f %8d%n", classes.get(c), precision(c),
                    recall(c), f1(c), support(c)));
        }
        s.append(String.format(Locale.ROOT, "macro-F1 %.4f  accuracy %.4f  (%d posts)%n", macroF1(), accuracy(),
                total()));
        return s.toString();
    }
}
