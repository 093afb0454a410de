package org.switchboard.bot.phrasing;

import java.util.List;

/** The phrasing files are missing or wrong; {@link #problems()} names each file and key. */
public final class PhrasebookException extends RuntimeException {
    private final transient List<String> problems;

    PhrasebookException(String dir, List<String> problems) {
        super("the phrasing in " + dir + " is not valid:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, e.g. {@code "config/phrasing/el.yaml: unknown key 'helpful.aks'"}. */
    public List<String> problems() {
        return problems;
    }
}
