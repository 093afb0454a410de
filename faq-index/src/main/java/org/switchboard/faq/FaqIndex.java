package org.switchboard.faq;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.faq.io.CorpusValidator;
import org.switchboard.faq.match.EntryModelTrainer;
import org.switchboard.faq.match.Scores;

/**
 * The FAQ index: the front door of this module. It keeps the entries on disk with their Lucene
 * index and a trained matching model, and answers questions with a {@link Decision}.
 *
 * <pre>{@code
 * try (FaqIndex index = FaqIndex.open(Path.of("data"), FaqIndexConfig.defaults())) {
 *     index.replaceAll(entries);                 // atomic: readers keep the old index until done
 *     FaqAnswer a = index.ask("how do i reset my password");
 *     a.decision();                              // ANSWER, OPTIONS or HANDOFF
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of threads may call {@link #ask} while one replaces the entries;
 * each question is answered entirely from the old or entirely from the new entries. Replacing
 * builds a new generation on disk and publishes it atomically, so a crash or kill during a
 * rebuild leaves the previous index serving (see {@link GenerationStore}). One process at a time
 * may rebuild a data directory.
 */
public final class FaqIndex implements Closeable {
    private final GenerationStore store;
    private final FaqResources resources;
    private final FaqIndexConfig config;
    private final EntryModelTrainer.Options training;
    private final ThresholdsFile thresholdsFile;
    /**
     * A quick model from scratch (an update or preview when nothing is served yet) makes about
     * this many updates: as many passes over the phrasings as fit, between 1 and
     * {@link #QUICK_MAX_EPOCHS}.
     */
    static final int QUICK_STEPS = 13_000;
    static final int QUICK_MAX_EPOCHS = 6;
    /**
     * Otherwise the served model is refined ({@link EntryModelTrainer#refine}): the changed
     * entries' phrasings and this many of the others' ...
     */
    static final int REFINE_SAMPLE = 1_000;
    /** ... this many passes ... */
    static final int REFINE_PASSES = 4;
    /**
     * ... at this initial learning rate (the served weights are already trained; a full rate
     * moved them further from the full model's). On the demo corpus with one new entry: 0.13 s,
     * the new entry's questions answered, and the same decision as the fully trained model for
     * 78 of the 85 check questions (docs/faq-editor.md has the figures).
     */
    static final double REFINE_LEARNING_RATE = 0.3;
    private volatile Generation current;
    private volatile DecisionRule rule;
    private final java.util.concurrent.atomic.AtomicReference<List<FaqEntry>> pending = new java.util.concurrent.atomic.AtomicReference<>();
    private java.util.concurrent.CompletableFuture<Void> durable;
    /** Completes when the full builds may start: done unless {@link #holdBuilds} holds them (guarded by {@code pending}). */
    private java.util.concurrent.CompletableFuture<Void> buildsReleased = java.util.concurrent.CompletableFuture.completedFuture(null);
    private final Object updating = new Object();

    private FaqIndex(GenerationStore store, FaqResources resources, FaqIndexConfig config,
                     EntryModelTrainer.Options training, Generation current, Thresholds thresholds) {
        this.store = store;
        this.resources = resources;
        this.config = config;
        this.training = training;
        this.thresholdsFile = new ThresholdsFile(store.root());
        this.current = current;
        this.rule = new DecisionRule(thresholds, config.maxOptions());
    }

    /** Opens (or creates, empty) the index under {@code dataDir/faq}, loading the shared resources. */
    public static FaqIndex open(Path dataDir, FaqIndexConfig config) {
        return open(dataDir, config, FaqResources.load());
    }

    /** Opens (or creates, empty) the index under {@code dataDir/faq} with already loaded resources. */
    public static FaqIndex open(Path dataDir, FaqIndexConfig config, FaqResources resources) {
        return open(dataDir, config, resources, EntryModelTrainer.Options.DEFAULT);
    }

    static FaqIndex open(Path dataDir, FaqIndexConfig config, FaqResources resources, EntryModelTrainer.Options training) {
        Objects.requireNonNull(dataDir, "dataDir");
        try {
            GenerationStore store = new GenerationStore(dataDir.resolve("faq"));
            Optional<Path> dir = store.current();
            Generation g;
            List<FaqEntry> stale = null;
            try {
                g = dir.isPresent() ? Generation.load(dir.get(), resources) : Generation.empty();
            } catch (Generation.StaleModelException e) {
                g = Generation.empty();
                stale = Generation.entries(dir.get());
            }
            Thresholds t = new ThresholdsFile(store.root()).read().orElse(config.thresholds());
            try (GenerationStore.WriteLock lock = store.lock()) {
                store.removeAllExcept(dir); // leftovers of an interrupted rebuild
            } catch (FaqIndexException busy) {
                // another process is rebuilding: its work in progress is not ours to remove
            }
            FaqIndex index = new FaqIndex(store, resources, config, training, g, t);
            if (stale != null) {
                index.replaceAll(stale); // a model from another version: retrain it from the stored entries
            }
            return index;
        } catch (IOException e) {
            throw new FaqIndexException("cannot open the FAQ index in " + dataDir.resolve("faq") + ": " + e.getMessage(), e);
        }
    }

    /** Answers a question, detecting its language; short questions fall back to the config's default language. */
    public FaqAnswer ask(String question) {
        return ask(question, config.defaultLanguage());
    }

    /** Answers a question; {@code fallback} (e.g. the conversation's language) is used when detection is unsure. */
    public FaqAnswer ask(String question, Language fallback) {
        return answer(current, question, fallback);
    }

    static List<Candidate> ranked(Generation g, String question, Language language, int k, Thresholds t) {
        if (g.isEmpty() || question.isBlank()) {
            return List.of();
        }
        Scores s = g.model.score(language, question, k, t.temperature());
        List<Candidate> out = new java.util.ArrayList<>(s.size());
        double[] c = t.calibrateRanked(s.probability());
        for (int i = 0; i < s.size(); i++) {
            out.add(new Candidate(g.ids.get(s.entries()[i]), c[i]));
        }
        return out;
    }

    /**
     * Replaces every entry, rebuilding index and model in a new generation and switching
     * atomically. The entries are validated first as an import would be (unique ids, follow-ups
     * that exist): an invalid corpus fails with {@link IllegalArgumentException} and changes
     * nothing. On any failure the current entries keep serving and the partial build is removed.
     * Calls on one index wait for each other; another process rebuilding the same directory makes
     * this fail with {@link FaqIndexException}.
     */
    public void replaceAll(List<FaqEntry> entries) {
        replaceAll(entries, () -> true);
    }

    private synchronized void replaceAll(List<FaqEntry> entries, java.util.function.BooleanSupplier stillWanted) {
        List<FaqEntry> copy = List.copyOf(entries);
        try {
            CorpusValidator.validate(copy, "the new FAQ entries");
        } catch (FaqFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        try (GenerationStore.WriteLock lock = store.lock()) {
            Path building = store.startBuilding();
            try {
                Generation.build(building, copy, resources, training);
                Path published = store.publish(building);
                Generation loaded = Generation.load(published, resources);
                synchronized (pending) {
                    if (stillWanted.getAsBoolean()) {
                        Generation old = current;
                        current = loaded;
                        old.release();
                    } else {
                        loaded.release();
                    }
                }
                store.removeAllExcept(Optional.of(published));
            } catch (IOException | RuntimeException e) {
                GenerationStore.deleteTree(building);
                throw e;
            }
        } catch (IOException e) {
            throw new FaqIndexException("cannot rebuild the FAQ index in " + store.root() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Serves these entries within about a second, then makes them durable in the background.
     *
     * <p>The entries are validated as by {@link #replaceAll} (an invalid corpus fails with
     * {@link IllegalArgumentException} and changes nothing). A model trained with fewer passes
     * ({@link #QUICK_TRAINING}) is built in memory and switched in at once; then the full build
     * ({@link #replaceAll}: the Lucene index, the fully trained model, fsyncs) runs on a background
     * thread and replaces it. A later {@code update} before that build starts supersedes it, so a
     * burst of edits costs one full build. Until the full build is published a crash loses the
     * update from this directory: the caller keeps the corpus elsewhere (the editor's store) and
     * calls {@code update} again on the next start when {@link #entries} differ.
     *
     * @return the milliseconds until the new entries were served
     */
    public long update(List<FaqEntry> entries) {
        long start = System.nanoTime();
        List<FaqEntry> copy = List.copyOf(entries);
        try {
            CorpusValidator.validate(copy, "the new FAQ entries");
        } catch (FaqFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        synchronized (updating) { // one update at a time: the last one called is the one served and built
            Generation quick = quick(current, copy);
            synchronized (pending) {
                Generation old = current;
                current = quick;
                old.release();
                pending.set(copy);
                if (durable == null || durable.isDone()) {
                    durable = buildsReleased.thenRunAsync(this::buildPending, builder());
                }
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Whether an {@link #update}'s full build is still to come: until it is published, the
     * entries are answered by the quickly trained model.
     */
    public boolean fullBuildPending() {
        synchronized (pending) {
            return durable != null && !durable.isDone();
        }
    }

    /**
     * Holds the full builds of later {@link #update}s until {@link #releaseBuilds}: their quick
     * models are served meanwhile. A server that loads a corpus while it starts holds the build
     * (about 5 s of training on one core) until it is serving, so that the rest of its start keeps
     * both cores. {@link #awaitDurable} and {@link #close} release the hold first.
     */
    public void holdBuilds() {
        synchronized (pending) {
            if (buildsReleased.isDone()) {
                buildsReleased = new java.util.concurrent.CompletableFuture<>();
            }
        }
    }

    /** Lets held full builds start ({@link #holdBuilds}); nothing when none is held. */
    public void releaseBuilds() {
        java.util.concurrent.CompletableFuture<Void> released;
        synchronized (pending) {
            released = buildsReleased;
        }
        released.complete(null); // outside the lock: completing it starts the build's thread
    }

    /** Waits until every {@link #update} so far is on disk (the full build is published), releasing held builds. */
    public void awaitDurable() {
        releaseBuilds();
        java.util.concurrent.CompletableFuture<Void> f;
        synchronized (pending) {
            f = durable;
        }
        if (f != null) {
            f.join();
        }
    }

    private void buildPending() {
        while (true) {
            List<FaqEntry> next;
            synchronized (pending) {
                next = pending.getAndSet(null);
                if (next == null) {
                    return;
                }
            }
            Generation before = current;
            replaceAll(next, () -> {
                synchronized (pending) {
                    // a newer update came meanwhile: it keeps serving (its quick model) until its own build
                    return pending.get() == null && current == before;
                }
            });
        }
    }

    private java.util.concurrent.Executor builder() {
        return r -> {
            Thread t = new Thread(r, "faq-index-build");
            t.setDaemon(false);
            t.start();
        };
    }

    /**
     * A throwaway index of these entries, in memory and quickly trained, that answers as this
     * index would answer after {@code update(entries)}: what an editor's "try it" and conflict
     * checks use. Validated as by {@link #replaceAll}.
     */
    public FaqPreview preview(List<FaqEntry> entries) {
        List<FaqEntry> copy = List.copyOf(entries);
        try {
            CorpusValidator.validate(copy, "the previewed FAQ entries");
        } catch (FaqFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new FaqPreview(this, quick(current, copy));
    }

    /** A quick generation of these entries: the served model refined, or one trained from scratch when none is served. */
    private Generation quick(Generation served, List<FaqEntry> entries) {
        if (served.isEmpty() || entries.isEmpty()) {
            return Generation.inMemory(entries, resources, quickTraining(entries));
        }
        EntryModelTrainer.Options refine = new EntryModelTrainer.Options(training.epochs(), REFINE_LEARNING_RATE,
                training.seed(), training.denseBudget(), training.minCharDf(), training.maxPostings(), 0);
        return Generation.refined(served, entries, refine, REFINE_SAMPLE, REFINE_PASSES);
    }

    private EntryModelTrainer.Options quickTraining(List<FaqEntry> entries) {
        long examples = resources.background().size();
        for (FaqEntry e : entries) {
            examples += e.phrasings().size();
            for (FaqEntry.Translation t : e.translations().values()) {
                examples += t.phrasings().size();
            }
        }
        int passes = (int) Math.max(1, Math.min(QUICK_MAX_EPOCHS, (QUICK_STEPS + examples - 1) / Math.max(1, examples)));
        return training.withMinSteps(0).withEpochs(passes);
    }

    FaqAnswer answer(Generation g, String question, Language fallback) {
        Objects.requireNonNull(question, "question");
        Language language = resources.detector().detect(question, fallback);
        DecisionRule r = rule;
        return r.decide(question, language, ranked(g, question, language, config.maxOptions(), r.thresholds()));
    }

    /**
     * When the generation on disk was last published (by {@link #replaceAll}, an import, or an
     * {@link #update}'s full build); empty for a directory that never had one. A caller that keeps
     * the corpus elsewhere compares it with its own last change to tell an import made on the
     * command line (the index is newer) from an update lost before its full build (the index is older).
     */
    public Optional<java.time.Instant> publishedAt() {
        try {
            return store.publishedAt();
        } catch (IOException e) {
            throw new FaqIndexException("cannot read " + store.root() + ": " + e.getMessage(), e);
        }
    }

    /** The entries currently served, in import order. */
    public List<FaqEntry> entries() {
        return current.entries;
    }

    /** One entry by id. */
    public Optional<FaqEntry> entry(String id) {
        return Optional.ofNullable(current.byId.get(id));
    }

    /** The thresholds in force. */
    public Thresholds thresholds() {
        return rule.thresholds();
    }

    /** How the analysis detects a text's language (shared with callers that need the same answer). */
    public Language detectLanguage(String text, Language fallback) {
        return resources.detector().detect(text, fallback);
    }

    /**
     * A bare Lucene BM25 query over the phrasings in the question's language, best entry first
     * (confidence is the score relative to the best): the baseline that benchmarks compare
     * {@link #ask} with.
     */
    public List<Candidate> searchBm25(String question, int maxEntries) {
        Language language = resources.detector().detect(question, config.defaultLanguage());
        while (true) {
            Generation g = current;
            if (g.isEmpty()) {
                return List.of();
            }
            if (g.lucene == null) {
                awaitDurable(); // a quick model has no Lucene index: the full build brings it
                continue;
            }
            if (!g.lucene.tryIncRef()) {
                continue; // replaced and released meanwhile: read the new one
            }
            try {
                return g.lucene.search(question, language, maxEntries);
            } catch (IOException e) {
                throw new FaqIndexException("BM25 search failed: " + e.getMessage(), e);
            } finally {
                try {
                    g.lucene.decRef();
                } catch (IOException ignored) {
                    // closing a reader we no longer use cannot lose data
                }
            }
        }
    }

    /** Stores thresholds chosen by tuning in the data directory; they take effect at once and on later opens. */
    public void saveThresholds(Thresholds thresholds) {
        try {
            thresholdsFile.write(thresholds);
        } catch (IOException e) {
            throw new FaqIndexException("cannot save thresholds in " + store.root() + ": " + e.getMessage(), e);
        }
        rule = new DecisionRule(thresholds, config.maxOptions());
    }

    /** Uses these thresholds from now on in this process only (tuning tries candidates this way). */
    public void useThresholds(Thresholds thresholds) {
        rule = new DecisionRule(thresholds, config.maxOptions());
    }

    /**
     * The confidences of the best {@code k} entries for a question, before any decision threshold:
     * what tuning and evaluation need.
     */
    public List<Candidate> rank(String question, Language fallback, int k) {
        Language language = resources.detector().detect(question, fallback);
        return ranked(current, question, language, k, rule.thresholds());
    }

    /** The configuration this index was opened with. */
    public FaqIndexConfig config() {
        return config;
    }

    @Override
    public void close() {
        try {
            awaitDurable();
        } catch (RuntimeException e) {
            // the last update's build failed: its quick model was served; nothing more to wait for
        }
        current.release();
        current = Generation.empty();
    }
}
