package org.switchboard.faq.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips Markdown inline markup from one line, in this order:
 * <ol>
 *   <li>backslash escapes give the literal character;</li>
 *   <li>code spans keep their content verbatim, without backticks;</li>
 *   <li>images become their alt text;</li>
 *   <li>links {@code [text](url "title")} stay {@code [text](url)} when the url is http(s) or mailto
 *       (and links are kept), else become their text;</li>
 *   <li>autolinks {@code <https://…>} become the bare url;</li>
 *   <li>{@code **strong**}, {@code __strong__}, {@code *em*}, {@code _em_} and {@code ~~struck~~}
 *       become their text ({@code snake_case} words are left alone).</li>
 * </ol>
 */
final class MarkdownInline {
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern CODE = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\[\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK =
            Pattern.compile("\\[([^\\[\\]]*)]\\(\\s*<?((?:[^()\\s<>]|\\([^()\\s]*\\))*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?://|mailto:)[^>\\s]+)>");
    private static final Pattern[] EMPHASIS = {
        Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"),
        Pattern.compile("(~~)(?=\\S)(.+?)(?<=\\S)~~"),
        Pattern.compile("(\\*)(?=\\S)([^*]+?)(?<=\\S)\\*"),
        Pattern.compile("(?<![\\p{L}\\p{N}_])(_)(?=\\S)([^_]+?)(?<=\\S)_(?![\\p{L}\\p{N}_])"),
    };
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private MarkdownInline() {
    }

    /** The line as plain text; {@code keepLinks} false reduces every link to its text. */
    static String plain(String line, boolean keepLinks) {
        List<String> kept = new ArrayList<>();
        String text = protect(line, ESCAPE, kept, m -> m.group(1));
        text = protect(text, CODE, kept, m -> m.group(2).strip());
        text = IMAGE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = protect(text, LINK, kept, m -> keepLinks ? AnswerLinks.format(emphasis(m.group(1)), m.group(2))
                : emphasis(m.group(1)));
        text = protect(text, AUTOLINK, kept, m -> m.group(1));
        text = emphasis(text);
        for (int i = kept.size() - 1; i >= 0; i--) {
            text = text.replace(OPEN + Integer.toString(i) + CLOSE, kept.get(i));
        }
        return text;
    }

    private static String emphasis(String text) {
        String result = text;
        for (Pattern pattern : EMPHASIS) {
            String before;
            do {
                before = result;
                result = pattern.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
            } while (!result.equals(before));
        }
        return result;
    }

    /** Replaces each match by a placeholder for {@code content(match)}, restored at the end. */
    private static String protect(String text, Pattern pattern, List<String> kept, Function<Matcher, String> content) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            kept.add(content.apply(m));
            m.appendReplacement(out, Matcher.quoteReplacement(OPEN + Integer.toString(kept.size() - 1) + CLOSE));
        }
        return m.appendTail(out).toString();
    }
}
