package org.switchboard.faq.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.switchboard.faq.io.Fixtures.ENGLISH;
import static org.switchboard.faq.io.Fixtures.assertFails;
import static org.switchboard.faq.io.Fixtures.byId;
import static org.switchboard.faq.io.Fixtures.fixture;
import static org.switchboard.faq.io.Fixtures.read;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

class NativeFormatTest {

    static final FaqEntry OPENING_HOURS = new FaqEntry("opening-hours", Language.ENGLISH,
            "What are your opening hours?", List.of("When are you open?", "what time do you close"),
            "We are open Monday to Friday, 09:00-17:00. [Contact us](https://example.com/contact)",
            List.of("general"), List.of("contact-phone"),
            Map.of(Language.VIETNAMESE, new FaqEntry.Translation("Giờ mở cửa của bạn là gì?",
                    List.of("Khi nào bạn mở cửa?"), "Chúng tôi mở cửa từ thứ Hai đến thứ Sáu, 09:00-17:00.")));
    static final FaqEntry CONTACT_PHONE = FaqEntry.of("contact-phone", Language.VIETNAMESE,
            "Số điện thoại của bạn là gì?", List.of(),
            "Gọi cho chúng tôi: 1800 1234.\n\nHoặc email [hỗ trợ](mailto:help@example.com).");

    @Test
    void readsEveryFieldOfTheYamlFormat() throws Exception {
        assertEquals(List.of(OPENING_HOURS, CONTACT_PHONE), ENGLISH.read(fixture("native.yaml")));
    }

    @Test
    void readsTheSameTreeAsJson() throws Exception {
        assertEquals(List.of(OPENING_HOURS, CONTACT_PHONE), ENGLISH.read(fixture("native.json")));
    }

    @Test
    void acceptsAPlainListOfEntriesInTheImportersLanguage() throws Exception {
        List<FaqEntry> entries = FaqImporter.create(Language.TAGALOG).read("list.yaml", new java.io.StringReader("""
                - id: hours
                  question: Anong oras kayo bukas?
                  answer: Mula 9 hanggang 5.
                """), FaqFormat.YAML);
        assertEquals(Language.TAGALOG, entries.get(0).language());
    }

    @Test
    void fileLanguageAppliesToEntriesThatDoNotSayAndEntryLanguageWins() throws Exception {
        List<FaqEntry> entries = read("greek.yaml", """
                language: el
                entries:
                  - {id: a, question: Τι ώρα ανοίγετε;, answer: Στις εννέα.}
                  - {id: b, language: en, question: "When?", answer: At nine.}
                """, FaqFormat.YAML);
        assertEquals(Language.GREEK, byId(entries, "a").language());
        assertEquals(Language.ENGLISH, byId(entries, "b").language());
    }

    @Test
    void scalarsThatLookLikeNumbersOrBooleansAreReadAsWritten() throws Exception {
        FaqEntry entry = read("scalars.yaml", """
                - id: 2024
                  question: yes
                  answer: 1.10
                """, FaqFormat.YAML).get(0);
        assertEquals(List.of("2024", "yes", "1.10"), List.of(entry.id(), entry.question(), entry.answer()));
    }

    @Test
    void unknownKeyIsRejectedNamingKeyEntryAndLine() {
        assertFails("faq.yaml", """
                entries:
                  - id: opening-hours
                    question: When are you open?
                    anwser: Nine to five.
                """, FaqFormat.YAML, 4, "unknown key 'anwser' in entry 'opening-hours'; expected one of: id, language,");
    }

    @Test
    void unknownKeyInJsonIsRejectedWithItsLine() {
        assertFails("faq.json", """
                {"entries": [
                  {"id": "a", "question": "Q?", "answer": "A.",
                   "tag": ["x"]}
                ]}
                """, FaqFormat.JSON, 3, "unknown key 'tag' in entry 'a'");
    }

    @Test
    void unknownTopLevelKeyIsRejected() {
        assertFails("faq.yaml", "lang: en\nentries: []\n", FaqFormat.YAML, 1, "unknown key 'lang' in the file; expected one of: language, entries");
    }

    @Test
    void missingAnswerIsAnErrorAtTheEntry() {
        assertFails("faq.yaml", """
                entries:
                  - id: refunds
                    question: How do refunds work?
                """, FaqFormat.YAML, 2, "entry 'refunds' has no 'answer'");
    }

    @Test
    void emptyQuestionIsAnErrorAtItsLine() {
        assertFails("faq.json", "[{\"id\": \"a\",\n \"question\": \"  \", \"answer\": \"x\"}]", FaqFormat.JSON, 2,
                "entry 'a': 'question' is empty");
    }

    @Test
    void missingIdIsAnErrorNamingTheEntryNumber() {
        assertFails("faq.yaml", "- {id: a, question: q, answer: a}\n- {question: q, answer: a}\n", FaqFormat.YAML, 2,
                "entry #2 has no 'id'");
    }

    @Test
    void badIdIsAnErrorAtItsLine() {
        assertFails("faq.yaml", "- question: q\n  id: has space\n  answer: a\n", FaqFormat.YAML, 2, "invalid id 'has space'");
    }

    @Test
    void unsupportedLanguageListsTheSupportedCodes() {
        assertFails("faq.yaml", "- id: a\n  language: fr\n  question: q\n  answer: a\n", FaqFormat.YAML, 2,
                "entry 'a': unsupported language 'fr'; supported: en, vi, el, tl, ar");
    }

    @Test
    void unsupportedTranslationLanguageIsAnError() {
        assertFails("faq.yaml", """
                - id: a
                  question: q
                  answer: a
                  translations:
                    de: {question: f, answer: a}
                """, FaqFormat.YAML, 5, "unsupported language 'de'");
    }

    @Test
    void translationInTheEntrysOwnLanguageIsAnError() {
        assertFails("faq.yaml", """
                - id: a
                  question: q
                  answer: a
                  translations:
                    en: {question: q2, answer: a2}
                """, FaqFormat.YAML, 5, "translation 'en' of entry 'a' repeats the language en");
    }

    @Test
    void unknownKeyInATranslationIsRejected() {
        assertFails("faq.yaml", """
                - id: a
                  question: q
                  answer: a
                  translations:
                    vi:
                      question: q
                      answr: a
                """, FaqFormat.YAML, 7, "unknown key 'answr' in translation 'vi' of entry 'a'");
    }

    @Test
    void repeatedKeyIsAnError() {
        assertFails("faq.yaml", "- id: a\n  question: q\n  question: again\n  answer: a\n", FaqFormat.YAML, 3,
                "key 'question' repeats; first given on line 2");
    }

    @Test
    void wrongKindOfValueIsAnError() {
        assertFails("faq.yaml", "- id: a\n  question: q\n  answer: a\n  tags: {x: y}\n", FaqFormat.YAML, 4,
                "entry 'a': 'tags' must be a list of non-empty text");
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() {
        assertFails("faq.yaml", "entries:\n  - id: a\n    question: \"unclosed\n", FaqFormat.YAML, 3,
                "not valid YAML: while scanning a quoted scalar: found unexpected end of stream");
    }

    @Test
    void questionMarkInAFlowListExplainsHowToQuoteIt() {
        assertFails("faq.yaml", """
                - id: a
                  question: q
                  alternates: [When are you open?, what time do you close]
                  answer: a
                """, FaqFormat.YAML, 3, "quote text that contains '?'");
    }

    @Test
    void jsonSyntaxErrorNamesTheLine() {
        assertFails("faq.json", "{\"entries\": [\n  {\"id\": \"a\",}\n]}", FaqFormat.JSON, 2, "not valid JSON");
    }

    @Test
    void emptyFileIsAnError() {
        assertFails("empty.yaml", "# nothing yet\n", FaqFormat.YAML, 0, "the file is empty");
    }

    @Test
    void disallowedLinksInAnswersAreReducedToTheirText() throws Exception {
        FaqEntry entry = read("links.yaml", """
                - id: a
                  question: q
                  answer: "Click [here](javascript:alert(1)) or [there](/relative) or [ok](https://example.com)."
                """, FaqFormat.YAML).get(0);
        assertEquals("Click here or there or [ok](https://example.com).", entry.answer());
    }
}
