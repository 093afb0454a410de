package org.switchboard.faq.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

/**
 * Reads Markdown where headings are questions and the text below them the answers.
 *
 * <p>Only ATX headings ({@code #} to {@code ######}) count. A heading followed, after any text,
 * by a deeper heading is a title or section and is skipped, with its text; every other heading is
 * a question, its body running to the next heading. So {@code # FAQ} over {@code ## questions}
 * and {@code ## Billing} over {@code ### questions} both work. A heading may end with
 * {@code {#some-id}} to fix its id; otherwise the id is the question's {@linkplain Slugs slug}.
 * Front matter is read by {@link FrontMatter}, bodies by {@link MarkdownBody}.
 */
final class MarkdownReader implements FormatReader {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{#([^{}\\s]+)}$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

    /** A heading: its level, text, explicit id (or null), 0-based line index and body's end index. */
    private record Heading(int level, String text, String id, int index, int bodyEnd) {
    }

    @Override
    public List<SourcedEntry> read(String source, String text, Language defaultLanguage) throws FaqFormatException {
        List<String> lines = List.of(text.split("\\r?\\n", -1));
        FrontMatter front = FrontMatter.parse(source, lines);
        List<Heading> headings = headings(source, lines, front.bodyStart());
        List<String> reserved = headings.stream().filter(h -> h.id() != null).map(Heading::id).toList();
        Slugs slugs = new Slugs(reserved);
        Language language = front.language().orElse(defaultLanguage);
        List<SourcedEntry> entries = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            boolean section = i + 1 < headings.size() && headings.get(i + 1).level() > heading.level();
            if (!section) {
                entries.add(entry(source, lines, heading, slugs, language, front.tags()));
            }
        }
        if (entries.isEmpty()) {
            throw new FaqFormatException(source, 0, "no questions found: write each question as a heading"
                    + " ('## How do I …?') with its answer below it");
        }
        return entries;
    }

    private static SourcedEntry entry(String source, List<String> lines, Heading heading, Slugs slugs,
                                      Language language, List<String> tags) throws FaqFormatException {
        long line = heading.index() + 1L;
        MarkdownBody.Body body = MarkdownBody.parse(lines.subList(heading.index() + 1, heading.bodyEnd()));
        if (body.answer().isBlank()) {
            throw new FaqFormatException(source, line, "heading '" + heading.text() + "' has no answer below it");
        }
        String id = heading.id() != null ? heading.id() : slugs.next(heading.text());
        try {
            return new SourcedEntry(new FaqEntry(id, language, heading.text(), body.alternates(), body.answer(), tags,
                    List.of(), Map.of()), source, line);
        } catch (IllegalArgumentException e) {
            throw new FaqFormatException(source, line, e.getMessage(), e);
        }
    }

    private static List<Heading> headings(String source, List<String> lines, int start) throws FaqFormatException {
        List<Integer> found = new ArrayList<>();
        boolean inFence = false;
        for (int i = start; i < lines.size(); i++) {
            if (FENCE.matcher(lines.get(i)).find()) {
                inFence = !inFence;
            } else if (!inFence && HEADING.matcher(lines.get(i)).matches()) {
                found.add(i);
            }
        }
        List<Heading> headings = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            int index = found.get(k);
            int bodyEnd = k + 1 < found.size() ? found.get(k + 1) : lines.size();
            headings.add(heading(source, lines.get(index), index, bodyEnd));
        }
        return headings;
    }

    private static Heading heading(String source, String line, int index, int bodyEnd) throws FaqFormatException {
        Matcher m = HEADING.matcher(line);
        m.matches();
        String text = m.group(2) == null ? "" : m.group(2);
        String id = null;
        Matcher explicit = EXPLICIT_ID.matcher(text);
        if (explicit.find()) {
            id = explicit.group(1);
            text = text.substring(0, explicit.start());
        }
        text = MarkdownInline.plain(text, false).strip();
        if (text.isEmpty()) {
            throw new FaqFormatException(source, index + 1L, "empty heading; write the question after the '#'");
        }
        return new Heading(m.group(1).length(), text, id, index, bodyEnd);
    }
}
