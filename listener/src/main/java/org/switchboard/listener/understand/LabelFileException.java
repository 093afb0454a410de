package org.switchboard.listener.understand;

import java.util.List;

/**
 * A labelled file cannot be used; each problem names the file and line ({@code labels.csv:7: label
 * 'maybe' is not one of …}). Nothing is trained or saved when this is thrown.
 */
public final class LabelFileException extends RuntimeException {
    private static final int SHOWN = 20;
    private final List<String> problems;

    public LabelFileException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, one per bad row (or one for the whole file). */
    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        StringBuilder s = new StringBuilder(problems.size() + " problems: ");
        s.append(String.join("; ", problems.subList(0, Math.min(SHOWN, problems.size()))));
        if (problems.size() > SHOWN) {
            s.append("; … and ").append(problems.size() - SHOWN).append(" more");
        }
        return s.toString();
    }
}
