package org.switchboard.faq.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.switchboard.faq.Language;

/** The labelled customer questions in {@code questions.tsv}, and ways to cut them shorter. */
final class Questions {
    record Question(Language language, String text) { }

    private Questions() {
    }

    static List<Question> all() {
        List<Question> out = new ArrayList<>();
        try (var in = Questions.class.getResourceAsStream("questions.tsv");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", 2);
                    out.add(new Question(Language.of(f[0]), f[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String> of(Language language) {
        return all().stream().filter(q -> q.language() == language).map(Question::text).toList();
    }

    /** Vietnamese as often typed: lower case, no diacritics, đ as d. */
    static String withoutDiacritics(String text) {
        return VietnameseCues.fold(text);
    }

    /** Consecutive runs of {@code n} whitespace-separated words (0: the whole text). */
    static List<String> chunks(String text, int n) {
        if (n == 0) {
            return List.of(text);
        }
        String[] w = text.trim().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + n <= w.length; i += n) {
            out.add(String.join(" ", Arrays.copyOfRange(w, i, i + n)));
        }
        return out;
    }
}
