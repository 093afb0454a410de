package org.switchboard.faq.match;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.switchboard.faq.Language;

/** Lower-cased runs of letters, the same for words and surface: enough to test the model without analyzers. */
final class SimpleTokens implements Tokens {
    static final SimpleTokens INSTANCE = new SimpleTokens();

    @Override
    public List<String> words(Language language, String text) {
        return split(text);
    }

    @Override
    public List<String> surface(Language language, String text) {
        return split(text);
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(s -> !s.isEmpty()).toList();
    }
}
