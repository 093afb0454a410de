package org.switchboard.faq.io;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Finds questions in a page's markup when it has no FAQPage JSON-LD:
 * <ul>
 *   <li>{@code <details>}: the {@code <summary>} is the question, the rest the answer;</li>
 *   <li>{@code <dl>}: each {@code <dt>} is a question, the {@code <dd>}s after it the answer;</li>
 *   <li>headings {@code h2}–{@code h4}: the question, answered by what follows up to the next
 *       heading of the same or a higher level. A heading directly followed by another heading is
 *       a section title and skipped.</li>
 * </ul>
 * Headings count only when they end with a question mark ({@code ? ？ ؟ ;}), except on a page
 * with no details/dl questions and no heading ending so, where every heading with content counts.
 * Everything inside {@code nav}, {@code header}, {@code footer} and {@code aside} is ignored.
 */
final class HtmlStructureFaq {
    private static final String IGNORED = "nav, header, footer, aside";

    private record Found(HtmlQuestion question, boolean heading) {
        boolean asks() {
            return question.question().matches("(?s).*[?？؟;\\u037E]$");
        }
    }

    private HtmlStructureFaq() {
    }

    /** The page's questions in document order, by the rules above; empty when none. */
    static List<HtmlQuestion> find(Document page) {
        List<Found> found = new ArrayList<>();
        for (Element element : page.body().select("details, dt, h2, h3, h4")) {
            if (element.closest(IGNORED) != null) {
                continue;
            }
            switch (element.normalName()) {
                case "details" -> details(element, found);
                case "dt" -> definition(element, found);
                default -> heading(element, found);
            }
        }
        boolean structured = found.stream().anyMatch(f -> !f.heading());
        boolean headingsAsk = found.stream().anyMatch(f -> f.heading() && f.asks());
        return found.stream()
                .filter(f -> !f.heading() || f.asks() || !structured && !headingsAsk)
                .map(Found::question)
                .toList();
    }

    private static void details(Element details, List<Found> found) {
        Element summary = details.children().stream().filter(c -> c.normalName().equals("summary")).findFirst()
                .orElse(null);
        if (summary == null || details.parents().stream().anyMatch(p -> p.normalName().equals("details"))) {
            return;
        }
        List<Node> answer = new ArrayList<>(details.childNodes());
        answer.remove(summary);
        found.add(new Found(question(summary.text(), HtmlText.of(answer), details, "<details>"), false));
    }

    private static void definition(Element term, List<Found> found) {
        List<Node> answer = new ArrayList<>();
        for (Element next = term.nextElementSibling(); next != null && next.normalName().equals("dd");
                next = next.nextElementSibling()) {
            answer.add(next);
        }
        found.add(new Found(question(term.text(), HtmlText.of(answer), term, "<dt>"), false));
    }

    private static void heading(Element heading, List<Found> found) {
        if (heading.closest("details, dl") != null) {
            return;
        }
        List<Node> content = HeadingContent.of(heading);
        if (!content.isEmpty()) {
            found.add(new Found(question(heading.text(), HtmlText.of(content), heading, "<" + heading.normalName() + ">"),
                    true));
        }
    }

    private static HtmlQuestion question(String text, String answer, Element element, String structure) {
        return new HtmlQuestion(text.strip(), answer, element.id(), HtmlQuestion.lineOf(element), structure);
    }
}
