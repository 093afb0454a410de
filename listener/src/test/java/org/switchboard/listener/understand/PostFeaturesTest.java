package org.switchboard.listener.understand;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.Language;

class PostFeaturesTest {
    @Test
    void tokensKeepLinksHandlesWordsAndToneMarks() {
        assertArrayEquals(new String[] {"@AcmeHelp", "don't", "đổi", "#fail", "http://t.co/x?a=1", "?", "!", "😡", "42"},
                PostTokens.of("@AcmeHelp, don't đổi... #fail http://t.co/x?a=1 ?! 😡 (42)"));
    }

    @Test
    void foldingJoinsSpellingsPeopleUseInterchangeably() {
        assertEquals("doi mat khau", TextFolding.fold("Đổi MẬT khẩu"));
        assertEquals("καλημερα σασ", TextFolding.fold("Καλημέρα ΣΑΣ"));
        assertEquals("اهلا مدرسه", TextFolding.fold("أهلاً مدرسة"));
        assertEquals("soo goodd", TextFolding.fold("Sooooo GOODDD"));
    }

    @Test
    void featuresMarkNegationShapeAndPlaceholders() {
        List<String> f = new PostFeatureGenerator().features(PostTokens.of("@acme NOT working http://x 24 hours?"),
                Language.ENGLISH);
        assertTrue(f.containsAll(List.of("w=<at>", "w=not", "n=working", "b=not_working", "w=<url>", "w=<num>", "caps",
                "?", "end?", "start@", "c= wo", "c=king")), f.toString());
        List<String> vi = new PostFeatureGenerator().features(PostTokens.of("mạng không chạy"), Language.VIETNAMESE);
        assertTrue(vi.contains("n=chay"), vi.toString());
        List<String> el = new PostFeatureGenerator().features(PostTokens.of("Πότε ανοίγει;"), Language.GREEK);
        assertTrue(el.contains("end?"), el.toString());
    }
}
