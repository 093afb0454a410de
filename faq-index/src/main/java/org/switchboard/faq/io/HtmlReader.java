package org.switchboard.faq.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

/**
 * Reads an HTML FAQ page with jsoup. Questions come from schema.org FAQPage JSON-LD
 * ({@link JsonLdFaq}) when the page has it, else from its markup ({@link HtmlStructureFaq}).
 * The language is the primary subtag of {@code <html lang>} ({@code vi-VN} is Vietnamese), or the
 * importer's default when the page does not say. Ids are {@linkplain Slugs slugs} of the
 * element's {@code id} attribute when it has one, else of the question.
 */
final class HtmlReader implements FormatReader {
    static final String NOTHING_FOUND =
            "no FAQ questions found: looked for FAQPage JSON-LD, details/summary, dl/dt, headings";

    @Override
    public List<SourcedEntry> read(String source, String text, Language defaultLanguage) throws FaqFormatException {
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
        Language language = language(page, source, defaultLanguage);
        List<HtmlQuestion> questions = JsonLdFaq.find(page, source);
        if (questions.isEmpty()) {
            questions = HtmlStructureFaq.find(page);
        }
        if (questions.isEmpty()) {
            throw new FaqFormatException(source, 0, NOTHING_FOUND);
        }
        Slugs slugs = new Slugs(List.of());
        List<SourcedEntry> entries = new ArrayList<>(questions.size());
        for (HtmlQuestion q : questions) {
            if (q.answer().isBlank()) {
                throw new FaqFormatException(source, q.line(), "question '" + q.question() + "' in " + q.structure()
                        + " has no answer text");
            }
            String id = slugs.next(q.anchor().isBlank() ? q.question() : q.anchor());
            try {
                entries.add(new SourcedEntry(new FaqEntry(id, language, q.question(), List.of(), q.answer(), List.of(),
                        List.of(), Map.of()), source, q.line()));
            } catch (IllegalArgumentException e) {
                throw new FaqFormatException(source, q.line(), e.getMessage(), e);
            }
        }
        return entries;
    }

    private static Language language(Document page, String source, Language defaultLanguage) throws FaqFormatException {
        Element html = page.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip();
        if (lang.isEmpty()) {
            return defaultLanguage;
        }
        String primary = lang.split("[-_]", 2)[0];
        return Language.find(primary).orElseThrow(() -> new FaqFormatException(source, HtmlQuestion.lineOf(html),
                "unsupported page language '" + lang + "' in <html lang>; supported: " + Language.supportedCodes()));
    }
}
