package org.switchboard.faq.language;

import java.util.Objects;
import org.switchboard.faq.Language;

/**
 * Detects which supported {@link Language} a text is written in.
 *
 * <pre>{@code
 * LanguageDetector detector = LanguageDetector.load();        // once per process, ~0.1 s
 * Language lang = detector.detect("Πώς αλλάζω τον κωδικό μου;", Language.ENGLISH);  // GREEK
 * Detection d = detector.detectVerbose("hi there", Language.VIETNAMESE);  // VIETNAMESE, "fallback:short"
 * }</pre>
 *
 * <p>Rules, in order (the measurements behind them are in STACK.md section 2 and DetectorBench):
 * <ol>
 *   <li>No letters: the fallback.
 *   <li>More than half the letters Greek, or Arabic: that language, even for one word. More than
 *       half in another non-Latin script (Cyrillic, Han ...): the fallback.
 *   <li>A letter only Vietnamese uses (ă đ ơ ư ạ ả ấ ...), in a text where at least half the
 *       words carry diacritics: Vietnamese, even for one word. The half keeps "My name is Nguyễn
 *       and I forgot my password" English.
 *   <li>Fewer than 4 words: Vietnamese if there are at least two and at least half of them are
 *       frequent unaccented Vietnamese syllables ("xin chao", "shop oi"); otherwise the fallback,
 *       because the model guesses poorly on so little text.
 *   <li>Otherwise OpenNLP's model, ranking only the supported languages.
 * </ol>
 *
 * <p>Thread-safe: one instance may be shared by any number of threads. A warm call took
 * 0.02–0.1 ms on a busy 2-core machine.
 */
public final class LanguageDetector {
    /** Inputs with fewer words than this keep the fallback unless script, letters or cues decide. */
    static final int MIN_WORDS = 4;

    /** OpenNLP's langdetect-183 model trimmed to the supported languages (scripts/trim-langdetect.sh). */
    static final String MODEL_RESOURCE = "/org/switchboard/faq/language/langdetect-supported.bin";

    private final ModelRanker model;

    private LanguageDetector(ModelRanker model) {
        this.model = model;
    }

    /**
     * Loads OpenNLP's 103-language model from the classpath (about 0.7 s). Call once and share
     * the result.
     *
     * @throws IllegalStateException if the model jar is missing from the classpath
     */
    public static LanguageDetector load() {
        return load(MODEL_RESOURCE);
    }

    static LanguageDetector load(String resource) {
        return new LanguageDetector(ModelRanker.threadSafe(ModelRanker.readModel(resource)));
    }

    /** The language of {@code text}, or {@code fallback} when the text is too short to tell; never null. */
    public Language detect(String text, Language fallback) {
        return detectVerbose(text, fallback).language();
    }

    /** Like {@link #detect}, with the confidence and the rule that decided. */
    public Detection detectVerbose(String text, Language fallback) {
        Objects.requireNonNull(fallback, "fallback == null");
        TextProfile p = TextProfile.of(text == null ? "" : text);
        if (p.letters() == 0) {
            return Detection.fallback(fallback, "no-letters");
        }
        if (p.greek() * 2 > p.letters()) {
            return new Detection(Language.GREEK, share(p.greek(), p.letters()), "script:greek");
        }
        if (p.arabic() * 2 > p.letters()) {
            return new Detection(Language.ARABIC, share(p.arabic(), p.letters()), "script:arabic");
        }
        if (p.otherLetters() * 2 > p.letters()) {
            return Detection.fallback(fallback, "unsupported-script");
        }
        return latin(text, p, fallback);
    }

    private Detection latin(String text, TextProfile p, Language fallback) {
        int words = p.words().size();
        if (p.vietnameseWords() > 0 && p.markedWords() * 2 >= words) {
            return new Detection(Language.VIETNAMESE, share(p.markedWords(), words), "letters:vietnamese");
        }
        if (words < MIN_WORDS) {
            int cues = VietnameseCues.cueWords(p.words());
            return VietnameseCues.decide(cues, words)
                    ? new Detection(Language.VIETNAMESE, share(cues, words), "cue:vietnamese")
                    : Detection.fallback(fallback, "short");
        }
        return model.rank(text).orElseGet(() -> Detection.fallback(fallback, "model"));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
