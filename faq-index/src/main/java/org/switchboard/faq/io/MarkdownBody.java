package org.switchboard.faq.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Markdown lines under a question heading into an answer and alternate phrasings.
 *
 * <ul>
 *   <li>A line {@code Also: …} is an alternate phrasing, as is each list item under a line
 *       {@code Also asked as:} (both case-insensitive). They are not part of the answer.</li>
 *   <li>Paragraphs are separated by one blank line; the lines of a paragraph are joined with a
 *       space, except list items and hard breaks (two trailing spaces or {@code \}), which keep
 *       their own line. Bullets become {@code - }, numbered items keep their number.</li>
 *   <li>Fenced code keeps its lines verbatim; block quote markers and horizontal rules are
 *       dropped; inline markup is stripped by {@link MarkdownInline}, keeping links.</li>
 * </ul>
 */
final class MarkdownBody {
    private static final Pattern ALSO = Pattern.compile("(?i)^\\s*also:\\s*(.*)$");
    private static final Pattern ALSO_ASKED_AS = Pattern.compile("(?i)^\\s*also asked as:\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,9})[.)]\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?");

    /** An answer (empty when the body has none) and its alternate phrasings. */
    record Body(String answer, List<String> alternates) {
    }

    private final List<String> alternates = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private boolean inFence;
    private boolean inAlsoList;
    private boolean hardBreak;

    private MarkdownBody() {
    }

    /** Parses the lines between one heading and the next. */
    static Body parse(List<String> body) {
        MarkdownBody parser = new MarkdownBody();
        body.forEach(parser::accept);
        parser.endParagraph();
        return new Body(String.join("\n\n", parser.paragraphs), List.copyOf(parser.alternates));
    }

    private void accept(String line) {
        if (FENCE.matcher(line).find()) {
            inFence = !inFence;
        } else if (inFence) {
            lines.add(line.stripTrailing());
        } else if (line.isBlank() || RULE.matcher(line).matches()) {
            endParagraph();
        } else if (!acceptAlternate(line)) {
            acceptText(QUOTE.matcher(line).replaceFirst(""));
        }
    }

    private boolean acceptAlternate(String line) {
        Matcher bullet = BULLET.matcher(line);
        if (inAlsoList && bullet.matches()) {
            alternates.add(MarkdownInline.plain(bullet.group(1), false).strip());
            return true;
        }
        inAlsoList = ALSO_ASKED_AS.matcher(line).matches();
        Matcher also = ALSO.matcher(line);
        if (!inAlsoList && also.matches() && !also.group(1).isBlank()) {
            alternates.add(MarkdownInline.plain(also.group(1), false).strip());
            return true;
        }
        return inAlsoList;
    }

    private void acceptText(String line) {
        Matcher bullet = BULLET.matcher(line);
        Matcher numbered = NUMBERED.matcher(line);
        boolean breakAfter = line.endsWith("  ") || line.endsWith("\\");
        String text = line.strip();
        if (text.endsWith("\\")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (bullet.matches()) {
            lines.add("- " + MarkdownInline.plain(bullet.group(1).strip(), true));
        } else if (numbered.matches()) {
            lines.add(numbered.group(1) + ". " + MarkdownInline.plain(numbered.group(2).strip(), true));
        } else if (lines.isEmpty() || hardBreak) {
            lines.add(MarkdownInline.plain(text, true));
        } else {
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + MarkdownInline.plain(text, true));
        }
        hardBreak = breakAfter;
    }

    private void endParagraph() {
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines).stripTrailing());
            lines.clear();
        }
        hardBreak = false;
    }
}
