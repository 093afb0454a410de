package org.switchboard.faq.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.switchboard.faq.Language;
import org.switchboard.faq.analysis.FaqAnalyzers;

/**
 * Groups questions that ask the same thing in different words, per language, so an editor sees
 * "do you sell garden furniture" once with its count instead of thirty rows.
 *
 * <p>The rule: each question is a TF-IDF vector of its words (the language's {@code words()}
 * analyzer: folded, normalised, stemmed; stop words left out) and of the character trigrams of
 * its folded words; the similarity of two questions is {@link #WORD_WEIGHT} times the cosine of
 * the words plus the rest times the cosine of the trigrams (0..1). Average-link agglomeration
 * then merges, again and again, the two clusters whose questions are most similar on average,
 * as long as that average is at least the threshold ({@link #THRESHOLD} by default). Two clusters
 * whose questions are all below the threshold never merge, so the work is done per group of
 * questions connected by a pair at or above it. A cluster's label is its most central question
 * ({@link #label}).
 *
 * <p>Pure and deterministic: the same questions, in any order, give the same clusters. Holds
 * nothing between calls; thread-safe when the analyzers are (they are).
 *
 * <pre>{@code
 * QuestionClusters clusters = new QuestionClusters(analyzers);
 * List<QuestionClusters.Cluster> found = clusters.cluster(questions); // biggest first
 * }</pre>
 */
public final class QuestionClusters {
    /** The least average similarity at which two clusters merge. */
    public static final double THRESHOLD = 0.35;
    /** The share of the words in the similarity; the trigrams have the rest. */
    public static final double WORD_WEIGHT = 0.5;
    /** Most questions clustered per language: the newest are kept. */
    public static final int MAX_QUESTIONS = 2_000;

    private static final Comparator<Question> ORDER = Comparator.comparing(Question::at).thenComparing(Question::key);

    private final FaqAnalyzers analyzers;
    private final double threshold;
    private final double wordWeight;

    public QuestionClusters(FaqAnalyzers analyzers) {
        this(analyzers, THRESHOLD);
    }

    /** @param threshold the least average similarity at which two clusters merge, in (0, 1] */
    public QuestionClusters(FaqAnalyzers analyzers, double threshold) {
        this(analyzers, threshold, WORD_WEIGHT);
    }

    QuestionClusters(FaqAnalyzers analyzers, double threshold, double wordWeight) {
        this.wordWeight = wordWeight;
        this.analyzers = Objects.requireNonNull(analyzers, "analyzers");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /**
     * One question to cluster.
     *
     * @param key      the caller's unique reference for it (e.g. where it was stored)
     * @param language its language: only questions of one language share a cluster
     * @param text     what was asked
     * @param at       when
     */
    public record Question(String key, Language language, String text, Instant at) {
        public Question {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Questions asking the same thing.
     *
     * @param language  theirs
     * @param label     the most central question
     * @param questions all of them, newest first
     */
    public record Cluster(Language language, Question label, List<Question> questions) {
        public Cluster {
            questions = List.copyOf(questions);
        }

        public int count() {
            return questions.size();
        }

        public Instant firstAt() {
            return questions.get(questions.size() - 1).at();
        }

        public Instant lastAt() {
            return questions.get(0).at();
        }
    }

    /**
     * The clusters of these questions (each language on its own): most questions first, then
     * the most recently asked, then by label. Beyond {@link #MAX_QUESTIONS} in a language, the
     * older ones are left out. Keys must be unique.
     */
    public List<Cluster> cluster(Collection<Question> questions) {
        Map<Language, List<Question>> byLanguage = new EnumMap<>(Language.class);
        Set<String> keys = new HashSet<>();
        for (Question q : questions) {
            if (!keys.add(q.key())) {
                throw new IllegalArgumentException("question key '" + q.key() + "' appears twice");
            }
            byLanguage.computeIfAbsent(q.language(), l -> new ArrayList<>()).add(q);
        }
        List<Cluster> out = new ArrayList<>();
        byLanguage.forEach((language, list) -> out.addAll(clusterOne(language, list)));
        out.sort(Comparator.comparingInt(Cluster::count).reversed()
                .thenComparing(Cluster::lastAt, Comparator.reverseOrder())
                .thenComparing(c -> c.label().key()));
        return out;
    }

    /**
     * The most central of these questions: the one most similar, on average, to the others
     * (TF-IDF over these questions alone, so the answer depends on nothing else); ties go to the
     * shorter text, then to the earlier question. Used as a cluster's label and as the question
     * of an entry made from it.
     *
     * @throws IllegalArgumentException when there are none
     */
    public Question label(Collection<Question> questions) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("no questions to label");
        }
        List<Question> sorted = questions.stream().sorted(ORDER).toList();
        Language language = sorted.get(0).language();
        QuestionVectors v = QuestionVectors.of(analyzers, language, sorted.stream().map(Question::text).toList(), wordWeight);
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < sorted.size(); i++) {
            double sum = 0;
            for (int j = 0; j < sorted.size(); j++) {
                if (i != j) {
                    sum += v.similarity(i, j);
                }
            }
            double score = sorted.size() == 1 ? 1 : sum / (sorted.size() - 1);
            boolean better = score > bestScore + 1e-12
                    || (Math.abs(score - bestScore) <= 1e-12 && sorted.get(i).text().length() < sorted.get(best).text().length());
            if (better) {
                best = i;
                bestScore = score;
            }
        }
        return sorted.get(best);
    }

    /** The similarity (0..1) of two questions of one language, as the clustering sees it among just these two. */
    public double similarity(Language language, String a, String b) {
        return QuestionVectors.of(analyzers, language, List.of(a, b), wordWeight).similarity(0, 1);
    }

    private List<Cluster> clusterOne(Language language, List<Question> questions) {
        List<Question> newest = new ArrayList<>(questions);
        newest.sort(ORDER.reversed());
        List<Question> sorted = new ArrayList<>(newest.subList(0, Math.min(newest.size(), MAX_QUESTIONS)));
        sorted.sort(ORDER);
        QuestionVectors v = QuestionVectors.of(analyzers, language, sorted.stream().map(Question::text).toList(), wordWeight);
        float[][] sim = v.matrix();
        List<Cluster> out = new ArrayList<>();
        for (int[] group : connected(sim)) {
            for (List<Integer> members : AverageLink.merge(sim, group, threshold)) {
                List<Question> qs = new ArrayList<>();
                members.forEach(i -> qs.add(sorted.get(i)));
                qs.sort(ORDER.reversed());
                out.add(new Cluster(language, label(qs), qs));
            }
        }
        return out;
    }

    /** The groups of questions linked by pairs at or above the threshold, each in index order. */
    private List<int[]> connected(float[][] sim) {
        int n = sim.length;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sim[i][j] >= threshold) {
                    int a = root(parent, i);
                    int b = root(parent, j);
                    if (a != b) {
                        parent[Math.max(a, b)] = Math.min(a, b);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        return groups.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
