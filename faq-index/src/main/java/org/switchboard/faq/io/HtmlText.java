package org.switchboard.faq.io;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders HTML as answer text: whitespace collapsed, block elements ({@code p}, {@code div},
 * headings, …) as paragraphs separated by a blank line, {@code br} and table rows as line breaks,
 * list items on their own lines starting {@code - } or {@code 1. }, {@code pre} verbatim, and
 * links as {@code [text](url)} when the url is http(s) or mailto (otherwise just their text).
 * Scripts, styles, forms, images and other non-text elements are dropped.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "blockquote", "ul", "ol", "dl",
            "dt", "dd", "table", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "figure", "figcaption",
            "details", "summary", "address", "main", "hr");
    private static final Set<String> LINES = Set.of("tr", "caption");
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript", "svg", "button",
            "input", "select", "textarea", "iframe", "img", "video", "audio", "canvas", "object", "head");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final int LINE = 1;
    private static final int PARAGRAPH = 2;

    private final StringBuilder out = new StringBuilder();
    private int pendingBreak;
    private boolean pendingSpace;
    private int listItemDepth;
    private boolean afterMarker;

    private HtmlText() {
    }

    /** The text of an element's content. */
    static String of(Element element) {
        return of(element.childNodes());
    }

    /** The text of a run of sibling nodes. */
    static String of(List<Node> nodes) {
        HtmlText text = new HtmlText();
        nodes.forEach(text::render);
        return text.out.toString().strip();
    }

    private void render(Node node) {
        if (node instanceof TextNode textNode) {
            text(textNode.getWholeText());
        } else if (node instanceof Element element && !SKIPPED.contains(element.normalName())) {
            render(element);
        }
    }

    private void render(Element element) {
        String tag = element.normalName();
        if (tag.equals("br")) {
            pendingBreak = Math.max(pendingBreak, LINE);
        } else if (tag.equals("a") && !element.attr("href").isBlank()) {
            String href = element.absUrl("href").isEmpty() ? element.attr("href") : element.absUrl("href");
            emit(AnswerLinks.format(SPACE.matcher(element.text()).replaceAll(" "), href));
        } else if (tag.equals("pre")) {
            block(PARAGRAPH);
            emit(element.wholeText().stripTrailing().replaceFirst("^\\n+", ""));
            block(PARAGRAPH);
        } else if (tag.equals("li")) {
            listItem(element);
        } else {
            int gap = BLOCKS.contains(tag) ? PARAGRAPH : LINES.contains(tag) ? LINE : 0;
            block(gap);
            element.childNodes().forEach(this::render);
            block(gap);
            pendingSpace |= tag.equals("td") || tag.equals("th");
        }
    }

    private void listItem(Element item) {
        block(LINE);
        Element list = item.parent();
        boolean numbered = list != null && list.normalName().equals("ol");
        emit(numbered ? number(list, item) + "." : "-");
        afterMarker = true;
        listItemDepth++;
        item.childNodes().forEach(this::render);
        listItemDepth--;
        block(LINE);
    }

    private static long number(Element list, Element item) {
        long start = list.attr("start").matches("\\d{1,9}") ? Long.parseLong(list.attr("start")) : 1;
        return start + item.previousElementSiblings().stream().filter(e -> e.normalName().equals("li")).count();
    }

    private void block(int gap) {
        int wanted = listItemDepth > 0 ? Math.min(gap, LINE) : gap;
        pendingBreak = Math.max(pendingBreak, wanted);
    }

    private void text(String raw) {
        String collapsed = SPACE.matcher(raw).replaceAll(" ");
        String core = collapsed.strip();
        pendingSpace |= collapsed.startsWith(" ");
        if (!core.isEmpty()) {
            emit(core);
            pendingSpace = collapsed.endsWith(" ");
        }
    }

    private void emit(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (afterMarker) {
            out.append(' ');
        } else if (out.length() > 0) {
            out.append(pendingBreak == PARAGRAPH ? "\n\n" : pendingBreak == LINE ? "\n" : pendingSpace ? " " : "");
        }
        afterMarker = false;
        pendingBreak = 0;
        pendingSpace = false;
        out.append(text);
    }
}
