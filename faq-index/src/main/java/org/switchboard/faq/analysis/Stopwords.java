package org.switchboard.faq.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.switchboard.faq.Language;

/**
 * Reads {@code stopwords-<code>.txt} (UTF-8, one word a line, {@code #} starts a comment line)
 * from this package and puts each word through the language's surface() and words() chains, so
 * the set matches tokens at the end of either chain: the files stay readable ("của", "είναι"),
 * and a StopFilter may go after the stemmer.
 */
final class Stopwords {
    private Stopwords() {
    }

    static CharArraySet load(Language language, Chains chains) {
        String name = "stopwords-" + language.code() + ".txt";
        try (InputStream in = Stopwords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("stop word list " + name + " is missing from package "
                        + Stopwords.class.getPackageName());
            }
            CharArraySet set = new CharArraySet(256, false);
            for (String word : WordlistLoader.getLines(in, StandardCharsets.UTF_8)) {
                set.addAll(FaqAnalyzers.tokens(chains.surface(), word));
                set.addAll(FaqAnalyzers.tokens(chains.words(), word));
            }
            return CharArraySet.unmodifiableSet(set);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stop word list " + name, e);
        }
    }
}
