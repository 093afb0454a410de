package org.switchboard.listener.watch;

/** A term's Boolean query that cannot be read; the message says what and at which character. */
final class QuerySyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QuerySyntaxException(String problem, int index) {
        super(problem + " at character " + (index + 1));
    }
}
