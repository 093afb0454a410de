package org.switchboard.faq.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer: lowercase, strip accents, split on white space and
 * punctuation, then cut each word greedily into the longest pieces the vocabulary knows
 * (continuations are prefixed {@code ##}); a word that cannot be cut becomes {@code [UNK]}.
 * Immutable and thread-safe.
 */
final class WordPiece {
    static final String UNKNOWN = "[UNK]";
    private static final int MAX_WORD = 100;

    private final Map<String, Integer> vocabulary;

    WordPiece(Map<String, Integer> vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The vocabulary ids of the text's pieces, {@code [UNK]} pieces included. */
    List<Integer> ids(String text) {
        List<Integer> out = new ArrayList<>();
        for (String word : basicTokens(text)) {
            cut(word, out);
        }
        return out;
    }

    static List<String> basicTokens(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            int type = Character.getType(c);
            if (!space && (type == Character.NON_SPACING_MARK || type == Character.CONTROL || type == Character.FORMAT)) {
                continue;
            }
            if (space || isPunctuation(c)) {
                flush(word, words);
                if (!space) {
                    words.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isPunctuation(char c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    private void cut(String word, List<Integer> out) {
        if (word.length() > MAX_WORD) {
            out.add(vocabulary.getOrDefault(UNKNOWN, 0));
            return;
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            Integer found = null;
            int end = word.length();
            while (end > start) {
                String piece = (start > 0 ? "##" : "") + word.substring(start, end);
                found = vocabulary.get(piece);
                if (found != null) {
                    break;
                }
                end--;
            }
            if (found == null) {
                out.add(vocabulary.getOrDefault(UNKNOWN, 0));
                return;
            }
            pieces.add(found);
            start = end;
        }
        out.addAll(pieces);
    }
}
