package org.switchboard.faq.analysis.tl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagalogStemmerTest {
    private static String stem(String word) {
        char[] s = word.toCharArray();
        return new String(s, 0, TagalogStemmer.stem(s, s.length));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "magpalit, palit", "nagbayad, bayad", "pagbili, bili", "makipagkita, kita",
            "nakapagbayad, bayad", "pakibalik, balik", "nasira, sira", "natanggap, tanggap"})
    void stripsOneVerbalPrefix(String word, String expected) {
        assertEquals(expected, stem(word));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"palitan, palit", "tindahan, tinda", "kanselahin, kansela", "gamitin, gamit", "bayaran, bayar"})
    void stripsOneSuffix(String word, String expected) {
        assertEquals(expected, stem(word));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"baguhin, bago", "sagutin, sagot", "tulungan, tulong", "nakalimutan, limot", "subukan, subok"})
    void restoresTheRootsFinalO(String word, String expected) {
        assertEquals(expected, stem(word));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"maganda, ganda", "mapalitan, palit", "magandang, gandang", "makipagusap, kipagusap"})
    void stripsOnlyBeforeAConsonant(String word, String expected) {
        assertEquals(expected, stem(word));
    }

    @ParameterizedTest(name = "{0} unchanged")
    @CsvSource({
            "naman", "natin", "mag", "sa", "paano", "paraan", "kumain", "lutuin", "kanin", "bayan",
            "maaari", "hindi", "gcash2", "resibo", "bumili"})
    void leavesRootsShortWordsAndNonLettersAlone(String word) {
        assertEquals(word, stem(word));
    }
}
