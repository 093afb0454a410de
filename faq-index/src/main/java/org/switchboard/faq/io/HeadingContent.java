package org.switchboard.faq.io;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The nodes that answer a heading: its following siblings up to the next heading of the same or
 * a higher level (or an element holding one). When the heading is alone in a wrapper
 * ({@code <div class="q"><h3>…</h3></div>}) the wrapper's siblings are used. Empty when the
 * heading is directly followed by another heading, i.e. it titles a section.
 */
final class HeadingContent {

    private HeadingContent() {
    }

    static List<Node> of(Element heading) {
        int level = level(heading);
        Element anchor = heading;
        while (anchor.parent() != null && !anchor.parent().normalName().equals("body")
                && anchor.parent().text().strip().equals(heading.text().strip()) && anchor.nextElementSibling() == null) {
            anchor = anchor.parent();
        }
        List<Node> content = new ArrayList<>();
        for (Node node = anchor.nextSibling(); node != null; node = node.nextSibling()) {
            if (node instanceof Element element && endsSection(element, level)) {
                break;
            }
            content.add(node);
        }
        Node first = content.stream().filter(n -> !(n instanceof TextNode t && t.isBlank())).findFirst().orElse(null);
        return first == null || first instanceof Element e && opensWithHeading(e) ? List.of() : content;
    }

    /** Whether an element is a heading or starts with one, e.g. a wrapper of the next question. */
    private static boolean opensWithHeading(Element element) {
        Element heading = element.selectFirst("h1, h2, h3, h4, h5, h6");
        return heading != null && element.text().startsWith(heading.text());
    }

    private static boolean endsSection(Element element, int level) {
        int own = level(element);
        if (own > 0) {
            return own <= level;
        }
        return element.select("h1, h2, h3, h4, h5, h6").stream().anyMatch(h -> level(h) <= level);
    }

    /** 1–6 for h1–h6, 0 for anything else. */
    static int level(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6'
                ? name.charAt(1) - '0' : 0;
    }
}
