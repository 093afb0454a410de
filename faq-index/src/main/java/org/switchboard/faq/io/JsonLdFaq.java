package org.switchboard.faq.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.switchboard.faq.FaqFormatException;

/**
 * Finds schema.org {@code FAQPage} objects in a page's {@code <script type="application/ld+json">}
 * blocks: at the top, in an array, under {@code @graph} or nested anywhere. Each
 * {@code mainEntity} question gives {@code name} as question and {@code acceptedAnswer.text}
 * (HTML allowed) as answer. Scripts with other JSON-LD are ignored; malformed JSON is an error.
 */
final class JsonLdFaq {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonLdFaq() {
    }

    /** The questions of every FAQPage on the page, in order; empty when there is none. */
    static List<HtmlQuestion> find(Document page, String source) throws FaqFormatException {
        List<HtmlQuestion> questions = new ArrayList<>();
        int ordinal = 0;
        for (Element script : page.select("script[type]")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            ordinal++;
            String where = "JSON-LD <script> #" + ordinal + " (line " + HtmlQuestion.lineOf(script) + ")";
            List<JsonNode> pages = new ArrayList<>();
            collectPages(parse(script, source, where), pages);
            for (JsonNode faqPage : pages) {
                addQuestions(faqPage, page.baseUri(), source, where, HtmlQuestion.lineOf(script), questions);
            }
        }
        return questions;
    }

    private static JsonNode parse(Element script, String source, String where) throws FaqFormatException {
        try {
            JsonNode root = JSON.readTree(script.data());
            return root == null ? JSON.missingNode() : root;
        } catch (JsonProcessingException e) {
            long scriptLine = HtmlQuestion.lineOf(script.childNodeSize() > 0 ? script.childNode(0) : script);
            long jsonLine = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new FaqFormatException(source, scriptLine == 0 ? 0 : scriptLine + jsonLine - 1,
                    "malformed JSON in " + where + ": " + e.getOriginalMessage(), e);
        }
    }

    private static void collectPages(JsonNode node, List<JsonNode> pages) {
        if (node.isObject() && isFaqPage(node.get("@type"))) {
            pages.add(node);
        } else if (node.isContainerNode()) {
            node.forEach(child -> collectPages(child, pages));
        }
    }

    private static boolean isFaqPage(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (isFaqPage(one)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1).equals("FAQPage");
    }

    private static void addQuestions(JsonNode faqPage, String baseUri, String source, String where, long line,
                                     List<HtmlQuestion> questions) throws FaqFormatException {
        JsonNode main = faqPage.path("mainEntity");
        List<JsonNode> items = new ArrayList<>();
        if (main.isArray()) {
            main.forEach(items::add);
        } else if (main.isObject()) {
            items.add(main);
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String name = Jsoup.parseBodyFragment(item.path("name").asText("")).text().strip();
            if (name.isEmpty()) {
                throw new FaqFormatException(source, line, where + ": mainEntity[" + i + "] has no 'name'");
            }
            JsonNode answer = item.path("acceptedAnswer");
            answer = answer.isArray() ? answer.path(0) : answer;
            String html = answer.path("text").asText("");
            if (html.isBlank()) {
                throw new FaqFormatException(source, line, where + ": mainEntity[" + i + "] ('" + name
                        + "') has no acceptedAnswer.text");
            }
            String text = HtmlText.of(Jsoup.parseBodyFragment(html, baseUri).body());
            questions.add(new HtmlQuestion(name, text, "", line, where));
        }
    }
}
