package org.switchboard.server.editor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words for the editor's full-text search: lower case, accents and other marks removed (NFD),
 * Vietnamese đ as d, split on anything that is not a letter or digit. "Mật khẩu" and "mat khau"
 * give the same words.
 */
final class TextFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFold() {
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
        for (String w : SPLIT.split(folded)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
