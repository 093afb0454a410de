package org.switchboard.faq.analysis;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.switchboard.faq.Language;

/**
 * The Lucene analyzers of every supported language, three per language:
 * <ul>
 *   <li>{@link #words}: for matching. Folded, normalised and stemmed where Lucene (or we, for
 *       Tagalog) has a stemmer. Stop words are kept: the classifier uses them.
 *   <li>{@link #surface}: folded and normalised, not stemmed; character n-grams are built from
 *       these tokens.
 *   <li>{@link #exact}: lower case with diacritics kept, to boost exact matches ("đổi" is not
 *       "đồi").
 * </ul>
 * Digits of every script come out as ASCII digits in all three. The chains are listed on
 * {@code LanguageChains}; {@link #stopwords} are for BM25 fields.
 *
 * <pre>{@code
 * try (FaqAnalyzers analyzers = FaqAnalyzers.create()) {
 *     FaqAnalyzers.tokens(analyzers.words(Language.VIETNAMESE), "Đổi mật khẩu");  // [doi, mat, khau]
 * }
 * }</pre>
 *
 * <p>Thread-safe: share one instance; Lucene analyzers keep per-thread token streams. After
 * {@link #close} the analyzers must not be used.
 */
public final class FaqAnalyzers implements Closeable {
    private final Map<Language, Chains> chains = new EnumMap<>(Language.class);
    private final Map<Language, CharArraySet> stopwords = new EnumMap<>(Language.class);

    private FaqAnalyzers() {
        for (Language language : Language.values()) {
            Chains c = LanguageChains.of(language);
            chains.put(language, c);
            stopwords.put(language, Stopwords.load(language, c));
        }
    }

    /** Builds every language's analyzers and reads the stop word lists. */
    public static FaqAnalyzers create() {
        return new FaqAnalyzers();
    }

    /** Folded, normalised, stemmed tokens, stop words kept. */
    public Analyzer words(Language language) {
        return chains(language).words();
    }

    /** Folded, normalised tokens, not stemmed. */
    public Analyzer surface(Language language) {
        return chains(language).surface();
    }

    /** Lower-case tokens with diacritics kept. */
    public Analyzer exact(Language language) {
        return chains(language).exact();
    }

    /**
     * The language's stop words for BM25 fields, unmodifiable. Holds each listed word as
     * surface() and as words() turn it, so a StopFilter works after either chain.
     */
    public CharArraySet stopwords(Language language) {
        return stopwords.get(Objects.requireNonNull(language, "language == null"));
    }

    /** Runs {@code analyzer} over {@code text} and returns the terms in order. */
    public static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return out;
    }

    private Chains chains(Language language) {
        return chains.get(Objects.requireNonNull(language, "language == null"));
    }

    @Override
    public void close() {
        chains.values().forEach(Chains::close);
    }
}
