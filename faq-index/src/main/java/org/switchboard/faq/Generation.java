package org.switchboard.faq;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.faq.io.FaqExporter;
import org.switchboard.faq.io.FaqFormat;
import org.switchboard.faq.io.FaqImporter;
import org.switchboard.faq.match.EntryModel;
import org.switchboard.faq.match.EntryModelTrainer;
import org.switchboard.faq.match.Example;
import org.switchboard.faq.match.TextFeatures;

/**
 * One immutable build of the index: the entries ({@code entries.json}), their Lucene phrasing
 * index ({@code lucene/}) and the trained model ({@code model.bin}), all in one directory.
 */
final class Generation {
    static final float EMBEDDING_WEIGHT = 2.0f;
    private static final String ENTRIES = "entries.json";
    private static final String MODEL = "model.bin";
    private static final String LUCENE = "lucene";

    final List<FaqEntry> entries;
    final Map<String, FaqEntry> byId;
    final List<String> ids;
    final EntryModel model;
    final PhrasingIndex lucene;

    private Generation(List<FaqEntry> entries, EntryModel model, PhrasingIndex lucene) {
        this.entries = List.copyOf(entries);
        this.byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        this.ids = entries.stream().map(FaqEntry::id).toList();
        this.model = model;
        this.lucene = lucene;
    }

    static Generation empty() {
        return new Generation(List.of(), null, null);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Writes a complete generation into {@code dir} (which must exist and be empty), syncing every file. */
    static void build(Path dir, List<FaqEntry> entries, FaqResources resources, EntryModelTrainer.Options options)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(ENTRIES))) {
            var w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            FaqExporter.write(entries, FaqFormat.JSON, w);
            w.flush();
        }
        PhrasingIndex.write(dir.resolve(LUCENE), entries, resources.analyzers());
        List<Example> examples = examples(entries);
        EntryModel model = new EntryModelTrainer(options)
                .train(examples, entries.size(), resources.background(), features(examples, resources));
        try (OutputStream out = Files.newOutputStream(dir.resolve(MODEL))) {
            model.write(out);
        }
        DurableFiles.sync(dir.resolve(ENTRIES));
        DurableFiles.sync(dir.resolve(MODEL));
        DurableFiles.sync(dir);
    }

    /**
     * A generation held only in memory (no Lucene index: {@link #lucene} is null): what a preview
     * and a quick publish serve.
     */
    static Generation inMemory(List<FaqEntry> entries, FaqResources resources, EntryModelTrainer.Options options) {
        if (entries.isEmpty()) {
            return empty();
        }
        List<Example> examples = examples(entries);
        EntryModel model = new EntryModelTrainer(options)
                .train(examples, entries.size(), resources.background(), features(examples, resources));
        return new Generation(entries, model, null);
    }

    /**
     * A generation held only in memory whose model is {@code base}'s refined for these entries
     * ({@link EntryModelTrainer#refine}): quick whatever the corpus's size.
     */
    static Generation refined(Generation base, List<FaqEntry> entries, EntryModelTrainer.Options options, int sample,
                              int passes) {
        Map<String, Integer> old = new java.util.HashMap<>();
        for (int i = 0; i < base.ids.size(); i++) {
            old.put(base.ids.get(i), i);
        }
        int[] from = new int[entries.size()];
        boolean[] changed = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            FaqEntry e = entries.get(i);
            Integer j = old.get(e.id());
            from[i] = j == null ? -1 : j;
            changed[i] = j == null || !base.entries.get(j).equals(e);
        }
        EntryModel model = new EntryModelTrainer(options).refine(base.model, from, changed, examples(entries), sample, passes);
        return new Generation(entries, model, null);
    }

    static Generation load(Path dir, FaqResources resources) throws IOException {
        List<FaqEntry> entries = entries(dir);
        EntryModel model;
        try (InputStream in = Files.newInputStream(dir.resolve(MODEL), StandardOpenOption.READ)) {
            model = EntryModel.read(in, features(examples(entries), resources));
        } catch (IOException e) {
            throw new StaleModelException(dir.resolve(MODEL) + ": " + e.getMessage(), e);
        }
        return new Generation(entries, model, PhrasingIndex.open(dir.resolve(LUCENE), resources.analyzers()));
    }

    /** The entries a generation holds. */
    static List<FaqEntry> entries(Path dir) throws IOException {
        try {
            return FaqImporter.create(Language.ENGLISH).read(dir.resolve(ENTRIES));
        } catch (org.switchboard.faq.FaqFormatException e) {
            throw new IOException("stored entries are unreadable: " + e.getMessage(), e);
        }
    }

    /** The model file cannot be read (e.g. written by another version): the entries can be rebuilt from. */
    static final class StaleModelException extends IOException {
        StaleModelException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static List<Example> examples(List<FaqEntry> entries) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            FaqEntry e = entries.get(i);
            for (String p : e.phrasings()) {
                out.add(new Example(i, e.language(), p));
            }
            for (Map.Entry<Language, FaqEntry.Translation> t : e.translations().entrySet()) {
                for (String p : t.getValue().phrasings()) {
                    out.add(new Example(i, t.getKey(), p));
                }
            }
        }
        return out;
    }

    /** Features for this corpus: embedding pieces are weighted by their rarity in its English phrasings. */
    private static TextFeatures features(List<Example> examples, FaqResources resources) {
        List<String> english = examples.stream()
                .filter(x -> x.language() == Language.ENGLISH).map(Example::text).toList();
        return new TextFeatures(resources.tokens(), resources.embedder().weightedBy(english), EMBEDDING_WEIGHT);
    }

    void release() {
        if (lucene != null) {
            try {
                lucene.decRef();
            } catch (IOException e) {
                // the reader is gone either way; nothing is lost
            }
        }
    }
}
