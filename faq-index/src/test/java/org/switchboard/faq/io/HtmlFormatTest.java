package org.switchboard.faq.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.switchboard.faq.io.Fixtures.ENGLISH;
import static org.switchboard.faq.io.Fixtures.assertFails;
import static org.switchboard.faq.io.Fixtures.assertFailure;
import static org.switchboard.faq.io.Fixtures.fixture;
import static org.switchboard.faq.io.Fixtures.read;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

class HtmlFormatTest {

    @Test
    void faqPageJsonLdInAGraphGivesQuestionsAndAnswersWithLinks() throws Exception {
        List<FaqEntry> entries = ENGLISH.read(fixture("faqpage-jsonld.html"));
        assertEquals(List.of(
                FaqEntry.of("how-do-i-reset-my-password", Language.ENGLISH, "How do I reset my password?", List.of(),
                        "Open Settings and choose [Reset password](https://example.com/reset).\n\n"
                                + "The link expires after 1 hour."),
                FaqEntry.of("can-i-pay-by-invoice", Language.ENGLISH, "Can I pay by invoice?", List.of(),
                        "Yes, for business accounts & schools.")), entries);
    }

    @Test
    void faqPageMayBeTheTopObjectOrInAnArrayWithASingleQuestion() throws Exception {
        List<FaqEntry> entries = read("page.html", """
                <script type="application/ld+json">[{"@type": "Thing"}, {"@type": ["WebPage", "FAQPage"],
                  "mainEntity": {"@type": "Question", "name": "Why?",
                                 "acceptedAnswer": [{"text": "Because."}]}}]</script>
                """, FaqFormat.HTML);
        assertEquals(List.of("Why?"), entries.stream().map(FaqEntry::question).toList());
    }

    @Test
    void detailsSummaryArePreferredOverHeadingsThatDoNotAsk() throws Exception {
        List<FaqEntry> entries = ENGLISH.read(fixture("details.html"));
        assertEquals(List.of(
                FaqEntry.of("returns", Language.ENGLISH, "How do I return an item?", List.of(),
                        "Print the label from your account and drop the parcel at any post office.\n\n"
                                + "- Returns are free.\n- Refunds take 5 days."),
                FaqEntry.of("do-you-sell-gift-cards", Language.ENGLISH, "Do you sell gift cards?", List.of(),
                        "Yes, from our shop or [online](https://example.com/gift).")), entries);
    }

    @Test
    void definitionListTermsAreQuestionsAndTheirDescriptionsAnswers() throws Exception {
        List<FaqEntry> entries = FaqImporter.create(Language.TAGALOG).read(fixture("dl.html"));
        assertEquals(List.of("What is a switchboard?", "Is it free?"), entries.stream().map(FaqEntry::question).toList());
        assertEquals("Yes.\n\nIt is open source under the Apache licence.", entries.get(1).answer());
        assertEquals(Language.TAGALOG, entries.get(1).language(), "no <html lang>: the importer's default");
    }

    @Test
    void headingsThatAskAreQuestionsAnsweredUpToTheNextHeadingOfTheirLevel() throws Exception {
        List<FaqEntry> entries = ENGLISH.read(fixture("headings.html"));
        assertEquals(List.of("Πώς κάνω παραγγελία;", "Μπορώ να ακυρώσω μια παραγγελία;"),
                entries.stream().map(FaqEntry::question).toList());
        assertEquals("Ναι, μέσα σε 24 ώρες.\n\nΕπιστροφή χρημάτων\n\nΤα χρήματα επιστρέφονται σε 5 ημέρες.",
                entries.get(1).answer());
        assertEquals(Language.GREEK, entries.get(1).language());
    }

    @Test
    void everyHeadingWithContentCountsWhenNoneAsksAndThereIsNoOtherStructure() throws Exception {
        List<FaqEntry> entries = read("page.html", """
                <h2>Delivery</h2><h3>Times</h3><p>Two days.</p><h3>Costs</h3><p>Free.</p>
                """, FaqFormat.HTML);
        assertEquals(List.of("Times", "Costs"), entries.stream().map(FaqEntry::question).toList());
    }

    @Test
    void vietnamesePageTakesItsLanguageFromHtmlLang() throws Exception {
        List<FaqEntry> entries = ENGLISH.read(fixture("vietnamese.html"));
        assertEquals(List.of(
                FaqEntry.of("làm-thế-nào-để-đổi-mật-khẩu", Language.VIETNAMESE, "Làm thế nào để đổi mật khẩu?", List.of(),
                        "Vào Cài đặt rồi chọn [Đổi mật khẩu](https://example.com/doi-mat-khau)."),
                FaqEntry.of("tôi-có-thể-thanh-toán-bằng-thẻ-không", Language.VIETNAMESE,
                        "Tôi có thể thanh toán bằng thẻ không?", List.of(), "Có, chúng tôi nhận Visa và Mastercard.")),
                entries);
    }

    @Test
    void regionSubtagsAreIgnoredInHtmlLang() throws Exception {
        List<FaqEntry> entries = read("page.html", "<html lang=\"vi-VN\"><dl><dt>Q?</dt><dd>A.</dd></dl></html>",
                FaqFormat.HTML);
        assertEquals(Language.VIETNAMESE, entries.get(0).language());
    }

    @Test
    void javascriptLinksBecomeTheirText() throws Exception {
        FaqEntry entry = read("page.html", "<dl><dt>Q?</dt><dd><a href=\"javascript:alert(1)\">Click</a> or "
                + "<a href=\"mailto:help@example.com\">mail</a></dd></dl>", FaqFormat.HTML).get(0);
        assertEquals("Click or [mail](mailto:help@example.com)", entry.answer());
    }

    @Test
    void pageWithoutAnyFaqIsAnError() {
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> ENGLISH.read(fixture("no-faq.html")));
        assertFailure(e, fixture("no-faq.html").toString(), 0,
                "no FAQ questions found: looked for FAQPage JSON-LD, details/summary, dl/dt, headings");
    }

    @Test
    void brokenJsonLdNamesTheScriptAndTheLineOfTheError() {
        Path page = fixture("broken-jsonld.html");
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> ENGLISH.read(page));
        assertFailure(e, page.toString(), 9, "malformed JSON in JSON-LD <script> #1 (line 4): Unexpected character");
    }

    @Test
    void faqPageQuestionWithoutAnswerIsAnError() {
        assertFails("page.html", "<p>x</p>\n<script type=\"application/ld+json\">{\"@type\": \"FAQPage\", "
                + "\"mainEntity\": [{\"name\": \"Why?\"}]}</script>", FaqFormat.HTML, 2,
                "JSON-LD <script> #1 (line 2): mainEntity[0] ('Why?') has no acceptedAnswer.text");
    }

    @Test
    void detailsWithoutAnswerTextIsAnError() {
        assertFails("page.html", "<main>\n<details><summary>Empty?</summary> </details></main>", FaqFormat.HTML, 2,
                "question 'Empty?' in <details> has no answer text");
    }

    @Test
    void unsupportedPageLanguageIsAnError() {
        assertFails("page.html", "<!DOCTYPE html>\n<html lang=\"fr-FR\"><dl><dt>Q?</dt><dd>A.</dd></dl></html>",
                FaqFormat.HTML, 2, "unsupported page language 'fr-FR' in <html lang>; supported: en, vi, el, tl, ar");
    }
}
