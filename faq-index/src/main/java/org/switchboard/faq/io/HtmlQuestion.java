package org.switchboard.faq.io;

import org.jsoup.nodes.Node;

/**
 * A question found on an HTML page, before it becomes an entry.
 *
 * @param question  the question text
 * @param answer    the answer as text with links, possibly empty
 * @param anchor    the element's {@code id} attribute, a stable base for the entry id, or "" for none
 * @param line      the line the question is on, 0 when unknown
 * @param structure where it was found, for messages, e.g. {@code "<details>"}
 */
record HtmlQuestion(String question, String answer, String anchor, long line, String structure) {

    /** The line a parsed node starts on, or 0 when positions were not tracked. */
    static long lineOf(Node node) {
        return node.sourceRange().isTracked() ? node.sourceRange().start().lineNumber() : 0;
    }
}
