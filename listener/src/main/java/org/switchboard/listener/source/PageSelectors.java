package org.switchboard.listener.source;

import java.util.Objects;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The CSS selectors that find the items on a watched page and, inside each item, its parts.
 *
 * @param item   each match is one item (a forum post, a review); required
 * @param text   the item's text inside it; {@code null}: the item's whole text
 * @param author the author's name inside it; {@code null}: none
 * @param link   a link inside it ({@code href}, made absolute) as the item's address and key;
 *               {@code null}: none, and the key is the item's {@code id} attribute or its text
 * @param date   when it was posted: the element's {@code datetime} or {@code title} attribute, else
 *               its text, in ISO-8601; {@code null} or unreadable: when it was found
 */
public record PageSelectors(String item, String text, String author, String link, String date) {
    /**
     * @throws IllegalArgumentException naming the selector jsoup cannot parse
     */
    public PageSelectors {
        Objects.requireNonNull(item, "item");
        check("selector", item);
        check("text", text);
        check("author", author);
        check("link", link);
        check("date", date);
    }

    /** Only the item selector. */
    public static PageSelectors items(String item) {
        return new PageSelectors(item, null, null, null, null);
    }

    private static void check(String key, String selector) {
        if (selector == null) {
            return;
        }
        if (selector.isBlank()) {
            throw new IllegalArgumentException("'" + key + "' must be a non-empty CSS selector");
        }
        try {
            QueryParser.parse(selector);
        } catch (Selector.SelectorParseException e) {
            throw new IllegalArgumentException("'" + key + "' is not a CSS selector jsoup understands: "
                    + selector + " (" + e.getMessage() + ")");
        }
    }
}
