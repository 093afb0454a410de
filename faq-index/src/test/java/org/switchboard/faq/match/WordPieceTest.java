package org.switchboard.faq.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPieceTest {
    private static final List<String> PIECES = List.of("[PAD]", "[UNK]", "un", "##aff", "##able", "##affable", "u",
            "play", "##ing", "##s", "hello", "world", "cafe", "!", ",", "'", "don", "t", "reset", "password", "?");
    private static final WordPiece WORD_PIECE = new WordPiece(vocabulary());

    private static Map<String, Integer> vocabulary() {
        Map<String, Integer> v = new HashMap<>();
        for (int i = 0; i < PIECES.size(); i++) {
            v.put(PIECES.get(i), i);
        }
        return v;
    }

    private static List<String> pieces(String text) {
        return WORD_PIECE.ids(text).stream().map(PIECES::get).toList();
    }

    @Test
    void cutsGreedilyIntoTheLongestKnownPiecesWithContinuationPrefixes() {
        assertEquals(List.of("un", "##affable"), pieces("unaffable"), "##affable beats ##aff + ##able");
        assertEquals(List.of("play", "##ing", "##s"), pieces("playings"));
        assertEquals(List.of("play"), pieces("play"));
    }

    @Test
    void neverUsesAContinuationPieceAtTheStartOfAWord() {
        assertEquals(List.of("[UNK]"), pieces("ing"), "only ##ing is known");
    }

    @Test
    void lowerCasesAndStripsAccents() {
        assertEquals(List.of("cafe"), pieces("Café"));
        assertEquals(List.of("cafe"), pieces("CAFÉ"));
        assertEquals(List.of("cafe"), pieces("cafe\u0301"), "already decomposed");
        assertEquals(List.of("hello", "world"), WordPiece.basicTokens("HeLLo  Wörld"));
    }

    @Test
    void splitsPunctuationIntoPiecesOfTheirOwn() {
        assertEquals(List.of("hello", ",", "world", "!"), pieces("hello,world!"));
        assertEquals(List.of("don", "'", "t"), pieces("don't"));
        assertEquals(List.of("reset", "password", "?"), WordPiece.basicTokens("reset password?"));
        assertEquals(List.of("a", "-", "b", "_", "c", "\u201c", "d", "\u201d"), WordPiece.basicTokens("a-b_c\u201cd\u201d"));
    }

    @Test
    void turnsAWordThatCannotBeCutIntoOneUnknownPiece() {
        assertEquals(List.of("[UNK]"), pieces("xyz"));
        assertEquals(List.of("[UNK]"), pieces("playxyz"), "the whole word, not play + [UNK]");
        assertEquals(List.of("hello", "[UNK]", "world"), pieces("hello qqq world"));
    }

    @Test
    void turnsAWordLongerThanAHundredCharactersIntoUnknown() {
        String hundred = "play" + "s".repeat(96);
        assertEquals(97, pieces(hundred).size(), "100 characters: cut as usual");
        assertEquals(List.of("[UNK]"), pieces(hundred + "s"), "101 characters");
    }

    @Test
    void givesNoPiecesForBlankText() {
        assertEquals(List.of(), pieces(""));
        assertEquals(List.of(), pieces(" \u00ad "), "soft hyphen is a format character and is dropped");
    }

    @Test
    void splitsWordsOnNewlinesAndTabs() {
        assertEquals(List.of("reset", "password"), WordPiece.basicTokens("reset\npassword"));
        assertEquals(List.of("reset", "password"), WordPiece.basicTokens("reset\tpassword"));
        assertEquals(List.of("reset", "password"), WordPiece.basicTokens("reset\r\npassword"));
    }

    @Test
    void splitsWordsOnNoBreakSpaces() {
        assertEquals(List.of("reset", "password"), WordPiece.basicTokens("reset\u00a0password"));
        assertEquals(List.of("reset", "password"), pieces("reset\u202fpassword"));
    }
}
