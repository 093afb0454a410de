package org.switchboard.faq.analysis;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * An analyzer that is exactly one tokenizer followed by filters, in the order given. Each
 * language's chains in {@link LanguageChains} are built from these, so a chain reads as its list
 * of steps.
 */
final class ChainAnalyzer extends Analyzer {
    private final Supplier<Tokenizer> tokenizer;
    private final List<UnaryOperator<TokenStream>> filters;

    @SafeVarargs
    ChainAnalyzer(Supplier<Tokenizer> tokenizer, UnaryOperator<TokenStream>... filters) {
        this.tokenizer = tokenizer;
        this.filters = List.of(filters);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        TokenStream result = source;
        for (UnaryOperator<TokenStream> filter : filters) {
            result = filter.apply(result);
        }
        return new TokenStreamComponents(source, result);
    }
}
