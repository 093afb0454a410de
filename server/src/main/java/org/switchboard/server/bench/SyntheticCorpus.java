package org.switchboard.server.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/**
 * A deterministic synthetic FAQ for timing: the same seed gives the same corpus.
 *
 * <p>Words come from a vocabulary of {@value #VOCABULARY} words: real English words (most frequent
 * first, from {@code bench/english-words.txt}) then made-up ones. Each entry has a topic of three
 * content words and 3 to 5 phrasings of 5 to 12 words, each holding two topic words among
 * frequent filler words. Half of the questions are held-out phrasings of random entries, perturbed
 * (a word replaced, maybe one dropped, maybe two swapped); the other half are random words.
 */
public final class SyntheticCorpus {
    static final int VOCABULARY = 3_000;
    private static final String[] ONSETS = {"b", "br", "d", "f", "g", "gr", "k", "kl", "l", "m", "n", "p",
        "pl", "r", "s", "st", "t", "tr", "v", "z"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou"};

    private final Random random;
    private final List<String> vocabulary;

    private SyntheticCorpus(Random random) {
        this.random = random;
        this.vocabulary = vocabulary(random);
    }

    /** {@code entries} entries and {@code questions} questions drawn from {@code new Random(seed)}. */
    public static BenchCorpus generate(int entries, int questions, long seed) {
        return new SyntheticCorpus(new Random(seed)).corpus(entries, questions);
    }

    private BenchCorpus corpus(int entryCount, int questionCount) {
        List<List<String>> topics = new ArrayList<>(entryCount);
        List<FaqEntry> entries = new ArrayList<>(entryCount);
        for (int i = 0; i < entryCount; i++) {
            List<String> topic = List.of(contentWord(), contentWord(), contentWord());
            List<String> phrasings = new ArrayList<>();
            for (int p = 3 + random.nextInt(3); p > 0; p--) {
                phrasings.add(String.join(" ", phrasing(topic)));
            }
            String id = String.format("syn-%05d", i);
            topics.add(topic);
            entries.add(FaqEntry.of(id, Language.ENGLISH, phrasings.get(0), phrasings.subList(1, phrasings.size()),
                    "Answer for " + id));
        }
        List<String> questions = new ArrayList<>(questionCount);
        for (int q = 0; q < questionCount; q++) {
            boolean heldOut = q % 2 == 0 && !topics.isEmpty();
            questions.add(String.join(" ", heldOut ? perturbed(topics.get(random.nextInt(topics.size()))) : noise()));
        }
        Collections.shuffle(questions, random);
        return new BenchCorpus("synthetic", entries, questions);
    }

    private List<String> phrasing(List<String> topic) {
        int length = 5 + random.nextInt(8);
        List<String> words = new ArrayList<>(length);
        int skip = random.nextInt(topic.size());
        for (int t = 0; t < topic.size(); t++) {
            if (t != skip) {
                words.add(topic.get(t));
            }
        }
        while (words.size() < length) {
            words.add(fillerWord());
        }
        Collections.shuffle(words, random);
        return words;
    }

    private List<String> perturbed(List<String> topic) {
        List<String> words = phrasing(topic);
        words.set(random.nextInt(words.size()), fillerWord());
        if (words.size() > 5 && random.nextBoolean()) {
            words.remove(random.nextInt(words.size()));
        }
        if (random.nextInt(3) == 0) {
            Collections.swap(words, random.nextInt(words.size()), random.nextInt(words.size()));
        }
        return words;
    }

    private List<String> noise() {
        List<String> words = new ArrayList<>();
        for (int n = 5 + random.nextInt(8); n > 0; n--) {
            words.add(random.nextBoolean() ? fillerWord() : contentWord());
        }
        return words;
    }

    /** Skewed towards the front of the vocabulary, where the frequent real words are. */
    private String fillerWord() {
        return vocabulary.get((int) (vocabulary.size() * Math.pow(random.nextDouble(), 4)));
    }

    /** Any word but the 100 most frequent. */
    private String contentWord() {
        return vocabulary.get(100 + random.nextInt(vocabulary.size() - 100));
    }

    private static List<String> vocabulary(Random random) {
        Set<String> words = new LinkedHashSet<>(realWords());
        while (words.size() < VOCABULARY) {
            StringBuilder w = new StringBuilder();
            for (int s = 2 + random.nextInt(2); s > 0; s--) {
                w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            }
            words.add(random.nextBoolean() ? w.toString() : w.append('n').toString());
        }
        return List.copyOf(words);
    }

    static List<String> realWords() {
        InputStream in = Objects.requireNonNull(SyntheticCorpus.class.getResourceAsStream("/bench/english-words.txt"),
                "resource /bench/english-words.txt");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
