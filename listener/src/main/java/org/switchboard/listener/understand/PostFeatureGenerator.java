package org.switchboard.listener.understand;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ext.ExtensionLoader;
import org.switchboard.faq.Language;

/**
 * The features every understanding model sees, from a post's {@link PostTokens} (an OpenNLP
 * {@link FeatureGenerator}, so it is named in each model file and the model cannot be used with
 * other features):
 * <ul>
 *   <li>{@code w=} folded word unigrams and {@code b=} bigrams (a sentence start counts as a word);
 *       links, {@code @handles} and numbers are replaced by {@code <url>}, {@code <at>},
 *       {@code <num>}, a hashtag gives its word and {@code #};</li>
 *   <li>{@code n=} the word after a negation of the post's language ("not", "không", "δεν",
 *       "hindi", "لا", …), so "not working" differs from "working";</li>
 *   <li>{@code c=} character 3- and 4-grams of each folded word padded with spaces, which catch
 *       inflections, typos and Vietnamese typed without diacritics;</li>
 *   <li>shape: {@code ?} and {@code !} (each, and whether the post ends with one), a word of three or
 *       more letters in capitals, each emoji, a post that starts with a mention, and the post's
 *       length in words (buckets).</li>
 * </ul>
 * The post's language comes in the extra information under {@link #LANGUAGE} (English when absent).
 * Stateless and thread-safe.
 */
public final class PostFeatureGenerator implements FeatureGenerator {
    /** Key of the post's {@link Language} in the extra information. */
    public static final String LANGUAGE = "language";

    private static final Map<Language, Set<String>> NEGATIONS = Map.of(
            Language.ENGLISH, Set.of("not", "no", "never", "nothing", "nobody", "cannot", "cant", "dont", "doesnt",
                    "didnt", "wont", "isnt", "wasnt", "arent", "havent", "hasnt", "couldnt", "wouldnt", "shouldnt",
                    "aint", "without", "neither", "nor", "none"),
            Language.VIETNAMESE, Set.of("khong", "chang", "chua", "dung", "ko", "k", "hok", "chả", "cha"),
            Language.GREEK, Set.of("δεν", "μην", "ουτε", "οχι", "δε", "μη"),
            Language.TAGALOG, Set.of("hindi", "di", "wala", "walang", "huwag", "wag", "ayaw", "ayoko"),
            Language.ARABIC, Set.of("لا", "لم", "لن", "ما", "ليس", "مش", "مو", "بدون", "مافي", "ماكو"));

    static {
        allowLoading();
    }

    /** What OpenNLP calls to instantiate the generator named in a model file. */
    public PostFeatureGenerator() {
    }

    /**
     * Lets OpenNLP instantiate this generator when it reads a model file (it refuses classes of
     * packages not registered). Called before any model is read or trained; idempotent.
     */
    static void allowLoading() {
        ExtensionLoader.registerAllowedPackage(PostFeatureGenerator.class.getPackageName());
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        Object language = extraInformation == null ? null : extraInformation.get(LANGUAGE);
        return features(tokens, language instanceof Language l ? l : Language.ENGLISH);
    }

    /** The features of a tokenised post in the given language. */
    public List<String> features(String[] tokens, Language language) {
        Set<String> negations = NEGATIONS.get(language);
        List<String> out = new ArrayList<>(tokens.length * 16 + 8);
        String previous = "<s>";
        boolean negated = false;
        int words = 0;
        String last = "";
        for (String token : tokens) {
            char first = token.charAt(0);
            String word;
            if (token.startsWith("http") || token.startsWith("www.")) {
                word = "<url>";
            } else if (first == '@') {
                word = "<at>";
            } else if (first == '#') {
                out.add("#");
                word = TextFolding.fold(token.substring(1));
            } else if (PostTokens.isWordChar(token.codePointAt(0))) {
                word = Character.isDigit(first) && isNumber(token) ? "<num>" : TextFolding.fold(token);
                if (isShouted(token)) {
                    out.add("caps");
                }
            } else {
                String mark = mark(token, language);
                out.add(mark);
                last = mark;
                continue;
            }
            if (word.isEmpty()) {
                continue;
            }
            words++;
            last = word;
            out.add("w=" + word);
            out.add("b=" + previous + "_" + word);
            if (negated) {
                out.add("n=" + word);
            }
            negated = negations.contains(word) || word.endsWith("n't");
            if (word.charAt(0) != '<') {
                charGrams(word, out);
            }
            previous = word;
        }
        if (last.equals("?") || last.equals("!")) {
            out.add("end" + last);
        }
        if (tokens.length > 0 && tokens[0].charAt(0) == '@') {
            out.add("start@");
        }
        out.add(words <= 5 ? "len<=5" : words <= 12 ? "len<=12" : words <= 25 ? "len<=25" : "len>25");
        return out;
    }

    private static String mark(String token, Language language) {
        return switch (token) {
            case "?", "؟", "\u037E" -> "?";
            case ";" -> language == Language.GREEK ? "?" : ";";
            case "!" -> "!";
            default -> "e=" + token;
        };
    }

    private static void charGrams(String word, List<String> out) {
        String padded = " " + word + " ";
        int n = padded.length();
        for (int size = 3; size <= 4; size++) {
            for (int i = 0; i + size <= n; i++) {
                out.add("c=" + padded.substring(i, i + size));
            }
        }
    }

    private static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isShouted(String token) {
        if (token.length() < 3) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                letters++;
            }
        }
        return letters >= 3;
    }
}
