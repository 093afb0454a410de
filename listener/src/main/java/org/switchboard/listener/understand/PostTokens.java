package org.switchboard.listener.understand;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a post into the tokens its features are made of, keeping the writer's spelling and case:
 * links ({@code http…}, {@code www.…}), {@code @handles}, {@code #hashtags}, words (letters, digits,
 * combining marks and inner apostrophes, so "don't" and "đổi" stay whole), and the marks that carry
 * tone: each {@code ?}, {@code !}, {@code ؟}, Greek {@code ;} and every emoji or other symbol.
 * Other punctuation and spaces only separate tokens.
 */
public final class PostTokens {
    private PostTokens() {
    }

    /** The tokens of a post, in order. */
    public static String[] of(String text) {
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (Character.isWhitespace(c)) {
                i += width;
            } else if (startsLink(text, i)) {
                int end = nextSpace(text, i);
                tokens.add(text.substring(i, end));
                i = end;
            } else if ((c == '@' || c == '#') && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
                int end = wordEnd(text, i + 1);
                tokens.add(text.substring(i, end));
                i = end;
            } else if (isWordChar(c)) {
                int end = wordEnd(text, i);
                tokens.add(text.substring(i, end));
                i = end;
            } else {
                if (isToneMark(c)) {
                    tokens.add(text.substring(i, i + width));
                }
                i += width;
            }
        }
        return tokens.toArray(String[]::new);
    }

    private static boolean startsLink(String text, int i) {
        return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
    }

    private static int nextSpace(String text, int i) {
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int wordEnd(String text, int start) {
        int j = start;
        while (j < text.length()) {
            int c = text.codePointAt(j);
            if (isWordChar(c)) {
                j += Character.charCount(c);
            } else if (isApostrophe(c) && j + 1 < text.length() && Character.isLetter(text.codePointAt(j + 1))) {
                j += 1;
            } else {
                break;
            }
        }
        return j;
    }

    static boolean isWordChar(int c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || c == '_';
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '’';
    }

    private static boolean isToneMark(int c) {
        if (c == '?' || c == '!' || c == '؟' || c == ';' || c == '\u037E') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL && c > 0x7F;
    }
}
