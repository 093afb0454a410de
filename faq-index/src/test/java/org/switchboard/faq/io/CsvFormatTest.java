package org.switchboard.faq.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.switchboard.faq.io.Fixtures.ENGLISH;
import static org.switchboard.faq.io.Fixtures.assertFails;
import static org.switchboard.faq.io.Fixtures.byId;
import static org.switchboard.faq.io.Fixtures.fixture;
import static org.switchboard.faq.io.Fixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

class CsvFormatTest {

    @Test
    void readsTheSameEntriesAsTheNativeFixture() throws Exception {
        assertEquals(List.of(NativeFormatTest.OPENING_HOURS, NativeFormatTest.CONTACT_PHONE),
                ENGLISH.read(fixture("faq.csv")));
    }

    @Test
    void csvRowsRepeatingAnIdAddAlternatePhrasings() throws Exception {
        FaqEntry entry = read("faq.csv", """
                reset,How do I reset my password?,Use the link on the login page.
                reset,forgot password,
                reset,I can't log in,Use the link on the login page.
                """, FaqFormat.CSV).get(0);
        assertEquals("How do I reset my password?", entry.question());
        assertEquals(List.of("forgot password", "I can't log in"), entry.alternates());
    }

    @Test
    void headerIsOptionalAndColumnsDefaultToEnglishWithoutTags() throws Exception {
        List<FaqEntry> entries = read("faq.csv", "a,Question?,Answer.\n", FaqFormat.CSV);
        assertEquals(List.of(FaqEntry.of("a", Language.ENGLISH, "Question?", List.of(), "Answer.")), entries);
    }

    @Test
    void headerMayListTheColumnsInAnyOrder() throws Exception {
        FaqEntry entry = read("faq.csv", "Question,ID,Answer,follow_ups,language\nq,a,x,b,ar\nq,b,y,,en\n",
                FaqFormat.CSV).get(0);
        assertEquals("a", entry.id());
        assertEquals(Language.ARABIC, entry.language());
        assertEquals(List.of("b"), entry.followUps());
    }

    @Test
    void rowInAnotherLanguageIsATranslationAndLaterOnesItsAlternates() throws Exception {
        FaqEntry entry = read("faq.csv", """
                pay,How can I pay?,By card.,en,billing;payments
                pay,Πώς μπορώ να πληρώσω;,Με κάρτα.,el
                pay,τρόποι πληρωμής,,el
                """, FaqFormat.CSV).get(0);
        assertEquals(List.of("billing", "payments"), entry.tags());
        assertEquals(new FaqEntry.Translation("Πώς μπορώ να πληρώσω;", List.of("τρόποι πληρωμής"), "Με κάρτα."),
                entry.translations().get(Language.GREEK));
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndNewlines() throws Exception {
        FaqEntry entry = read("faq.csv", "q1,\"Can I pay \"\"later\"\", or not?\",\"Yes, in 30 days.\n\nAsk us.\"\n",
                FaqFormat.CSV).get(0);
        assertEquals("Can I pay \"later\", or not?", entry.question());
        assertEquals("Yes, in 30 days.\n\nAsk us.", entry.answer());
    }

    @Test
    void repeatedIdWithADifferentAnswerIsAnError() {
        assertFails("faq.csv", """
                id,question,answer
                reset,How do I reset my password?,Use the link.

                reset,forgot password,Call us.
                """, FaqFormat.CSV, 4, "id 'reset' repeats with a different answer");
    }

    @Test
    void repeatedIdWithDifferentTagsIsAnError() {
        assertFails("faq.csv", "a,q,x,en,one\na,q2,,en,two\n", FaqFormat.CSV, 2,
                "id 'a' repeats with different tags; give tags on the id's first row (line 1) only");
    }

    @Test
    void badQuotingNamesTheLineWhereTheFieldStarts() {
        assertFails("faq.csv", "id,question,answer\na,q,fine\nb,\"unclosed,answer\nc,q,x\n", FaqFormat.CSV, 3,
                "bad CSV quoting: EOF reached before encapsulated token finished");
    }

    @Test
    void textAfterAClosingQuoteIsBadQuoting() {
        assertFails("faq.csv", "a,q,fine\nb,\"say \"hi\" now\",x\n", FaqFormat.CSV, 2,
                "bad CSV quoting: Invalid character between encapsulated token and delimiter");
    }

    @Test
    void lineNumbersCountBlankLinesAndLinesInsideQuotes() {
        assertFails("faq.csv", "a,q,\"two\nlines\"\n\n\nb,q,\n", FaqFormat.CSV, 5, "id 'b': answer is empty");
    }

    @Test
    void tooFewColumnsIsAnError() {
        assertFails("faq.csv", "a,q,x\nb,only question\n", FaqFormat.CSV, 2,
                "expected at least 3 columns (id,question,answer), found 2");
    }

    @Test
    void tooManyColumnsIsAnError() {
        assertFails("faq.csv", "a,q,x,en,t,f,extra\n", FaqFormat.CSV, 1,
                "too many columns: found 7, expected at most 6 (id,question,answer,language,tags,follow_ups)");
    }

    @Test
    void unknownHeaderColumnIsAnError() {
        assertFails("faq.csv", "id,question,answer,lang\n", FaqFormat.CSV, 1, "unknown column 'lang' in the header");
    }

    @Test
    void unsupportedLanguageListsTheSupportedCodes() {
        assertFails("faq.csv", "a,q,x,fr\n", FaqFormat.CSV, 1,
                "id 'a': unsupported language 'fr'; supported: en, vi, el, tl, ar");
    }

    @Test
    void emptyIdIsAnError() {
        assertFails("faq.csv", "a,q,x\n ,q,x\n", FaqFormat.CSV, 2, "id is empty");
    }

    @Test
    void badIdIsAnErrorAtItsRow() {
        assertFails("faq.csv", "a,q,x\nno spaces please,q,x\n", FaqFormat.CSV, 2, "invalid id 'no spaces please'");
    }

    @Test
    void duplicateIdsCannotHappenButTheFirstRowWinsAndLaterOnesAreAlternates() throws Exception {
        List<FaqEntry> entries = read("faq.csv", "a,q,x\nb,r,y\na,q again,x\n", FaqFormat.CSV);
        assertEquals(List.of("q again"), byId(entries, "a").alternates());
        assertEquals(2, entries.size());
    }
}
