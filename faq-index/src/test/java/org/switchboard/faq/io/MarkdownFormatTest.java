package org.switchboard.faq.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.switchboard.faq.io.Fixtures.ENGLISH;
import static org.switchboard.faq.io.Fixtures.assertFails;
import static org.switchboard.faq.io.Fixtures.fixture;
import static org.switchboard.faq.io.Fixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

class MarkdownFormatTest {

    @Test
    void headingsAreQuestionsAndTheTextBelowIsTheAnswer() throws Exception {
        List<FaqEntry> entries = ENGLISH.read(fixture("faq.md"));
        assertEquals(List.of("how-long-does-delivery-take", "international", "can-i-change-my-address"),
                entries.stream().map(FaqEntry::id).toList());
        FaqEntry delivery = entries.get(0);
        assertEquals("How long does delivery take?", delivery.question());
        assertEquals("Orders ship within two working days and arrive in 3–5 days after that.\n\n"
                + "Track it on the [tracking page](https://example.com/track).", delivery.answer());
        assertEquals(List.of("when will my order arrive", "delivery time"), delivery.alternates());
        assertEquals(List.of("shipping"), delivery.tags());
        assertEquals(Language.ENGLISH, delivery.language());
    }

    @Test
    void listUnderAlsoAskedAsGivesAlternatesAndOtherListsStayInTheAnswer() throws Exception {
        FaqEntry abroad = ENGLISH.read(fixture("faq.md")).get(1);
        assertEquals("Yes, to:\n\n- the EU\n- the UK", abroad.answer());
        assertEquals(List.of("do you deliver internationally", "can I order from outside the country"),
                abroad.alternates());
    }

    @Test
    void mailtoLinksStayAndJavascriptLinksBecomeText() throws Exception {
        FaqEntry address = ENGLISH.read(fixture("faq.md")).get(2);
        assertEquals("Write to [support](mailto:help@example.com) before it ships. Do not use this.", address.answer());
    }

    @Test
    void titleOverQuestionsIsSkippedAndSectionsMayHoldDeeperQuestions() throws Exception {
        List<FaqEntry> entries = read("faq.md", """
                # Help
                ## Billing
                ### Can I get an invoice?
                Yes.
                ## Accounts
                ### Can I get an invoice?
                From your account page.
                """, FaqFormat.MARKDOWN);
        assertEquals(List.of("can-i-get-an-invoice", "can-i-get-an-invoice-2"),
                entries.stream().map(FaqEntry::id).toList());
    }

    @Test
    void levelOneHeadingsAreQuestionsWhenNothingIsBelowThem() throws Exception {
        List<FaqEntry> entries = read("faq.md", "# First?\none\n# Second?\ntwo\n", FaqFormat.MARKDOWN);
        assertEquals(List.of("First?", "Second?"), entries.stream().map(FaqEntry::question).toList());
    }

    @Test
    void idsAreUnicodeSlugsOfTheQuestion() throws Exception {
        List<FaqEntry> entries = read("vi.md", """
                ---
                language: vi
                ---
                ## Làm sao để **đổi** mật khẩu?
                Vào Cài đặt.
                ## Πώς;
                Έτσι.
                """, FaqFormat.MARKDOWN);
        assertEquals("làm-sao-để-đổi-mật-khẩu", entries.get(0).id());
        assertEquals("Làm sao để đổi mật khẩu?", entries.get(0).question());
        assertEquals(Language.VIETNAMESE, entries.get(0).language());
        assertEquals("πώς", entries.get(1).id());
    }

    @Test
    void paragraphLinesAreJoinedAndInlineMarkupStripped() throws Exception {
        FaqEntry entry = read("faq.md", """
                ## Q?
                Use `snake_case` names, __not__ *fancy* ones,
                and ~~never~~ \\*stars\\*.
                > Quoted line.

                ---
                ```
                  code  keeps spaces
                ```
                """, FaqFormat.MARKDOWN).get(0);
        assertEquals("Use snake_case names, not fancy ones, and never *stars*. Quoted line.\n\n  code  keeps spaces",
                entry.answer());
    }

    @Test
    void headingWithNoBodyIsAnErrorWithItsLine() {
        assertFails("faq.md", """
                ## Has an answer?
                Yes.

                ## Has no answer?

                ## Next?
                Yes.
                """, FaqFormat.MARKDOWN, 4, "heading 'Has no answer?' has no answer below it");
    }

    @Test
    void bodyWithOnlyAlternatesHasNoAnswer() {
        assertFails("faq.md", "## Q?\nAlso: other\n", FaqFormat.MARKDOWN, 1, "heading 'Q?' has no answer below it");
    }

    @Test
    void fileWithoutHeadingsIsAnError() {
        assertFails("faq.md", "Just some text.\n", FaqFormat.MARKDOWN, 0, "no questions found");
    }

    @Test
    void unknownFrontMatterKeyIsAnError() {
        assertFails("faq.md", "---\nlanguage: en\ntitle: Help\n---\n## Q?\nA.\n", FaqFormat.MARKDOWN, 3,
                "unknown key 'title' in the front matter; expected one of: language, tags");
    }

    @Test
    void unsupportedFrontMatterLanguageIsAnError() {
        assertFails("faq.md", "---\nlanguage: de\n---\n## Q?\nA.\n", FaqFormat.MARKDOWN, 2,
                "unsupported language 'de'; supported: en, vi, el, tl, ar");
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertFails("faq.md", "---\nlanguage: en\n## Q?\nA.\n", FaqFormat.MARKDOWN, 1, "front matter opened with '---'");
    }

    @Test
    void explicitIdThatIsInvalidIsAnError() {
        assertFails("faq.md", "## Q? {#bad/id}\nA.\n", FaqFormat.MARKDOWN, 1, "invalid id 'bad/id'");
    }

    @Test
    void repeatedExplicitIdIsADuplicate() {
        assertFails("faq.md", "## One {#x}\nA.\n## Two {#x}\nB.\n", FaqFormat.MARKDOWN, 3, "duplicate id 'x', first used at faq.md: line 1");
    }
}
