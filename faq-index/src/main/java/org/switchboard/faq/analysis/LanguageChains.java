package org.switchboard.faq.analysis;

import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.switchboard.faq.Language;
import org.switchboard.faq.analysis.tl.TagalogStemFilter;

/**
 * The analysis chains of each language, one line per chain. {@code ICUFoldingFilter} lower-cases,
 * applies NFKC, removes accents (é→e, đ→d, ά→α, tashkeel) and folds every script's digits to
 * ASCII. Every exact() chain is the tokenizer, {@code ICUNormalizer2Filter} (NFKC case folding:
 * lower case with accents kept) and {@code DecimalDigitFilter} (٣ → 3).
 */
final class LanguageChains {
    private LanguageChains() {
    }

    static Chains of(Language language) {
        return switch (language) {
            case ENGLISH -> english();
            case VIETNAMESE -> vietnamese();
            case GREEK -> greek();
            case TAGALOG -> tagalog();
            case ARABIC -> arabic();
        };
    }

    /** Possessive 's removed, folded ("Café's" → cafe), Porter-stemmed in words() (EnglishStemmerBench). */
    static Chains english() {
        return new Chains(
                new ChainAnalyzer(StandardTokenizer::new, EnglishPossessiveFilter::new, ICUFoldingFilter::new, PorterStemFilter::new),
                new ChainAnalyzer(StandardTokenizer::new, EnglishPossessiveFilter::new, ICUFoldingFilter::new),
                exact(StandardTokenizer::new));
    }

    /** ICU-tokenized syllables, folded so "đổi mật khẩu" and "doi mat khau" meet; no stemmer exists, so words() is surface(). */
    static Chains vietnamese() {
        Analyzer folded = new ChainAnalyzer(ICUTokenizer::new, ICUFoldingFilter::new);
        return new Chains(folded, folded, exact(ICUTokenizer::new));
    }

    /** Greek lower case (final sigma, tonos and dialytika removed), folded, Greek-stemmed in words(). */
    static Chains greek() {
        return new Chains(
                new ChainAnalyzer(StandardTokenizer::new, GreekLowerCaseFilter::new, ICUFoldingFilter::new, GreekStemFilter::new),
                new ChainAnalyzer(StandardTokenizer::new, GreekLowerCaseFilter::new, ICUFoldingFilter::new),
                exact(StandardTokenizer::new));
    }

    /** ICU-tokenized, folded, and in words() our light affix stripper (see TagalogStemFilter). */
    static Chains tagalog() {
        return new Chains(
                new ChainAnalyzer(ICUTokenizer::new, ICUFoldingFilter::new, TagalogStemFilter::new),
                new ChainAnalyzer(ICUTokenizer::new, ICUFoldingFilter::new),
                exact(ICUTokenizer::new));
    }

    /** Folded, Arabic-normalised (أ إ آ → ا, ى → ي, ة → ه, tatweel and tashkeel removed), light-stemmed in words(). */
    static Chains arabic() {
        return new Chains(
                new ChainAnalyzer(StandardTokenizer::new, ICUFoldingFilter::new, ArabicNormalizationFilter::new, ArabicStemFilter::new),
                new ChainAnalyzer(StandardTokenizer::new, ICUFoldingFilter::new, ArabicNormalizationFilter::new),
                exact(StandardTokenizer::new));
    }

    private static Analyzer exact(Supplier<Tokenizer> tokenizer) {
        return new ChainAnalyzer(tokenizer, ICUNormalizer2Filter::new, DecimalDigitFilter::new);
    }
}
