package org.switchboard.server.unanswered;

import java.util.List;

/** Some questions of an action have been handled already (by a colleague, or a second click): 409. */
public final class AlreadyHandledException extends IllegalStateException {
    private final List<String> refs;

    public AlreadyHandledException(List<String> refs) {
        super("refs: already handled " + String.join(", ", refs));
        this.refs = List.copyOf(refs);
    }

    public List<String> refs() {
        return refs;
    }
}
