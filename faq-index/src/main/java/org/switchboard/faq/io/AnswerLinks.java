package org.switchboard.faq.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one piece of markup answers may carry: links written {@code [text](url)} whose url is
 * {@code http:}, {@code https:} or {@code mailto:}. Any other link (e.g. {@code javascript:} or a
 * relative path) is reduced to its text.
 */
final class AnswerLinks {
    /** {@code [text](url)}, the url allowing one level of parentheses; group 1 the text, group 2 the url. */
    static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]*)]\\(\\s*((?:[^()\\s]|\\([^()\\s]*\\))*)\\s*\\)");

    private AnswerLinks() {
    }

    /** Whether a url may be kept as a link. */
    static boolean isAllowed(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
    }

    /** The text with disallowed links reduced to their text; allowed links are kept as written. */
    static String sanitize(String text) {
        Matcher link = LINK.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (link.find()) {
            String replacement = isAllowed(link.group(2)) ? link.group() : link.group(1);
            link.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return link.appendTail(out).toString();
    }

    /**
     * A link in answer syntax, or just the text when the url is not allowed or the text is empty.
     * Brackets in the text and spaces and parentheses in the url are escaped so the link stays one.
     */
    static String format(String text, String url) {
        String label = text.replace('[', '(').replace(']', ')').strip();
        if (label.isEmpty() || !isAllowed(url)) {
            return label;
        }
        String target = url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29");
        return "[" + label + "](" + target + ")";
    }
}
