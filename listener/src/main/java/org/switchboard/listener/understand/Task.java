package org.switchboard.listener.understand;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One thing the listener decides about a post, with its model's outcomes. Binary tasks have the
 * outcomes {@code <task>} and {@code not_<task>}; sentiment has {@code negative}, {@code neutral}
 * and {@code positive}.
 */
public enum Task {
    SENTIMENT(List.of("negative", "neutral", "positive")),
    COMPLAINT(binary("complaint")),
    QUESTION(binary("question")),
    ABUSIVE(binary("abusive"));

    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("1", true), Map.entry("yes", true), Map.entry("y", true), Map.entry("true", true),
            Map.entry("0", false), Map.entry("no", false), Map.entry("n", false), Map.entry("false", false));

    private final List<String> outcomes;

    Task(List<String> outcomes) {
        this.outcomes = outcomes;
    }

    private static List<String> binary(String name) {
        return List.of(name, "not_" + name);
    }

    /** The lower-case name used on the command line and in file names ("complaint"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The model's outcomes; for a binary task the positive one first. */
    public List<String> outcomes() {
        return outcomes;
    }

    /** Whether the task is yes/no (every task but sentiment). */
    public boolean isBinary() {
        return this != SENTIMENT;
    }

    /** The model file's name in a models directory ("complaint.bin"). */
    public String fileName() {
        return code() + ".bin";
    }

    /** The task with this code, case-insensitively. */
    public static Optional<Task> find(String code) {
        for (Task t : values()) {
            if (t.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The outcome a label in a file stands for: for a binary task {@code 1/yes/y/true/<task>} or
     * {@code 0/no/n/false/not_<task>} (also "not <task>", "non_<task>", "no_<task>"); for sentiment
     * {@code negative/neg/-1}, {@code neutral/neu/0}, {@code positive/pos/1}. Case and surrounding
     * spaces are ignored.
     */
    public Optional<String> outcome(String label) {
        String key = label.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (this == SENTIMENT) {
            return Optional.ofNullable(switch (label.trim().toLowerCase(Locale.ROOT)) {
                case "negative", "neg", "-1" -> "negative";
                case "neutral", "neu", "0" -> "neutral";
                case "positive", "pos", "1", "+1" -> "positive";
                default -> null;
            });
        }
        String name = code();
        Boolean yes = YES_NO.get(key);
        if (yes == null && key.equals(name)) {
            yes = true;
        } else if (yes == null && (key.equals("not_" + name) || key.equals("non_" + name) || key.equals("no_" + name)
                || key.equals("non" + name))) {
            yes = false;
        }
        return yes == null ? Optional.empty() : Optional.of(outcomes.get(yes ? 0 : 1));
    }

    /** The labels {@link #outcome} accepts, for error messages. */
    public String acceptedLabels() {
        return this == SENTIMENT ? "negative/neutral/positive (or neg/neu/pos, -1/0/1)"
                : "1/0, yes/no, true/false, " + code() + "/not_" + code();
    }
}
