package org.switchboard.listener.watch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * How posts and watched terms are cut into words, the same way for both so they meet.
 *
 * <p>Words are found by the ICU tokenizer (Unicode word boundaries: "Apple" is not in
 * "pineapple"); a handle or hashtag also gives a token with its sign ({@link SigilFilter});
 * possessives lose their "'s" or "’s"; case and diacritics are folded (ICU folding, and Arabic
 * normalisation of alef, yeh, teh marbuta and tatweel); a plural "s" is taken off (English minimal
 * stemmer, which leaves words without a Latin final s alone).
 *
 * <p>Posts are analysed with {@link #forPosts()}, which also keeps each word as written (folded)
 * beside its singular, so wildcards see both "refunds" and "refund". Terms and query words are
 * analysed with {@link #forTerms()}, which gives the singular only. Components are reused per
 * thread by Lucene's {@link Analyzer} reuse strategy: never build one of these per post.
 */
final class PostAnalyzer extends Analyzer {
    /** The one field a post is indexed under. */
    static final String FIELD = "text";

    private final boolean keepWritten;

    private PostAnalyzer(boolean keepWritten) {
        this.keepWritten = keepWritten;
    }

    /** The analyser each post is indexed with. */
    static PostAnalyzer forPosts() {
        return new PostAnalyzer(true);
    }

    /** The analyser watched names, phrases and query words are turned into terms with. */
    static PostAnalyzer forTerms() {
        return new PostAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        PostText text = new PostText();
        ICUTokenizer words = new ICUTokenizer();
        TokenStream chain = new SigilFilter(words, text);
        chain = new EnglishPossessiveFilter(chain);
        chain = new ICUFoldingFilter(chain);
        chain = new ArabicNormalizationFilter(chain);
        chain = keepWritten ? new SingularFilter(chain) : new EnglishMinimalStemFilter(chain);
        return new TokenStreamComponents(reader -> {
            text.capture(reader);
            words.setReader(text);
        }, chain);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicNormalizationFilter(new ICUFoldingFilter(in));
    }

    /**
     * The words of {@code phrase} as terms, in order: signed tokens of handles and hashtags are left
     * out (the plain word is there), so "@acme support" gives [acme, support].
     */
    List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String token : tokens(phrase)) {
            if (!isSigned(token)) {
                words.add(token);
            }
        }
        return words;
    }

    /** Whether a token is the signed form of a handle or hashtag. */
    static boolean isSigned(String token) {
        return token.startsWith("@") || token.startsWith("#");
    }

    /**
     * All tokens of {@code text}, signed ones included, in order ("@acme" gives [@acme, acme]).
     */
    List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException("cannot analyse '" + text + "'", e);
        }
        return tokens;
    }

    /** A wildcard pattern folded like the words of posts ("Refund*" gives "refund*"). */
    String fold(String pattern) {
        BytesRef folded = normalize(FIELD, pattern);
        return folded.utf8ToString();
    }
}
