package org.switchboard.server.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;
import org.switchboard.faq.io.CorpusValidator;
import org.switchboard.faq.io.FaqExporter;
import org.switchboard.faq.io.FaqFormat;
import org.switchboard.faq.io.FaqImporter;
import org.switchboard.server.jdbc.StorageException;
import org.switchboard.server.jdbc.Transactions;

/**
 * The FAQ editor's front door: entries and their versions, what the bot serves, review dates,
 * import and export, and keeping the bot's index in step with the store.
 *
 * <pre>{@code
 * FaqLibrary library = new FaqLibrary(database.transactions(), index, Clock.systemUTC());
 * library.reconcile();                                   // at start, after the index opened
 * library.create(content, "maria");                      // version 1, a draft
 * library.publish("reset-password", 1, "maria");         // the bot answers with it within a second
 * }</pre>
 *
 * <p>Every change is one transaction that appends a version (the editor's {@code base_version}
 * must still be the head, else {@link StaleVersionException}). A change to what the bot serves
 * also hands the store's whole served corpus to {@link FaqIndex#update} before the transaction
 * commits, so a corpus the index refuses (a follow-up to an entry not served:
 * {@link IllegalArgumentException}) commits nothing; such changes run one at a time, so the index
 * always gets the store's latest served set. Then {@link AfterPublish} is told. Errors: bad input
 * {@link IllegalArgumentException}, no such entry or version {@link NoSuchElementException}, an
 * id that exists {@link IllegalStateException}. Thread-safe.
 */
public final class FaqLibrary {
    /** The answer a draft made from unanswered questions starts with. */
    public static final String PLACEHOLDER_ANSWER = "(write the answer)";
    static final String SYSTEM = "system";
    static final String COMMAND_LINE = "command line";

    private final Transactions tx;
    private final FaqIndex index;
    private final Clock clock;
    private final EntryVersions store = new EntryVersions();
    private final Object publishing = new Object();
    private volatile AfterPublish afterPublish = AfterPublish.NONE;

    public FaqLibrary(Transactions tx, FaqIndex index, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.index = Objects.requireNonNull(index, "index");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Who is told after each change to what the bot serves (the regression questions). */
    public void afterPublish(AfterPublish hook) {
        this.afterPublish = hook == null ? AfterPublish.NONE : hook;
    }

    /** The index this library publishes to. */
    public FaqIndex index() {
        return index;
    }

    // ------------------------------------------------------------------ reading

    /** Filters of the list; null means any. */
    public record Filter(String q, String language, String category, String status, boolean overdue) {
        public Filter {
            if (status != null && !status.isBlank() && !status.equals("draft") && !status.equals("published")) {
                throw new IllegalArgumentException("status: draft or published, not '" + status + "'");
            }
            if (language != null && !language.isBlank() && Language.find(language).isEmpty()) {
                throw new IllegalArgumentException("language: unsupported '" + language + "'; supported: " + Language.supportedCodes());
            }
        }
    }

    /** The list page: matching entries, best full-text matches first, else by id. */
    public Map<String, Object> list(Filter filter) {
        List<EntryVersions.State> all = tx.read("list FAQ entries", store::all);
        List<String> query = filter.q() == null ? List.of() : TextFold.words(filter.q());
        LocalDate today = today();
        Language language = filter.language() == null || filter.language().isBlank() ? null : Language.of(filter.language());
        List<Map.Entry<Integer, EntryVersions.State>> hits = new ArrayList<>();
        for (EntryVersions.State s : all) {
            FaqEntry e = s.head().entry();
            if (language != null && e.language() != language && !e.translations().containsKey(language)) {
                continue;
            }
            if (filter.category() != null && !filter.category().isBlank() && !filter.category().equals(s.head().category())) {
                continue;
            }
            if (filter.status() != null && !filter.status().isBlank() && !filter.status().equals(status(s))) {
                continue;
            }
            if (filter.overdue() && !overdue(s.head(), today)) {
                continue;
            }
            int score = query.isEmpty() ? 0 : score(e, query);
            if (score >= 0) {
                hits.add(Map.entry(score, s));
            }
        }
        hits.sort(Comparator.<Map.Entry<Integer, EntryVersions.State>>comparingInt(Map.Entry::getKey).reversed()
                .thenComparing(h -> h.getValue().id()));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Map.Entry<Integer, EntryVersions.State> h : hits) {
            entries.add(row(h.getValue(), today));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entries", entries);
        out.put("total", entries.size());
        return out;
    }

    /** One entry: its head content, status and what the bot serves. */
    public Map<String, Object> get(String id) {
        EntryVersions.State s = tx.read("read FAQ entry " + id, c -> store.find(c, id)).orElseThrow(() -> noEntry(id));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("content", s.head().toJson());
        out.put("status", status(s));
        out.put("head_version", s.headVersion());
        out.put("live_version", s.liveVersion());
        out.put("live", s.live() == null ? null : s.live().toJson());
        out.put("updated_at", s.updatedAt().toString());
        out.put("updated_by", s.updatedBy());
        out.put("overdue", overdue(s.head(), today()));
        return out;
    }

    /** The entries the bot serves (each at its live version), by id. */
    public List<FaqEntry> served() {
        return List.copyOf(tx.read("read the served FAQ entries", store::served).values());
    }

    /** Every version of an entry, newest first. */
    public Map<String, Object> versions(String id) {
        List<EntryVersions.Version> all = tx.read("read the versions of " + id, c -> store.versions(c, id));
        if (all.isEmpty()) {
            throw noEntry(id);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (EntryVersions.Version v : all) {
            out.add(versionJson(v, false));
        }
        return Map.of("versions", out);
    }

    /** One version with its content. */
    public Map<String, Object> version(String id, int version) {
        return versionJson(findVersion(id, version), true);
    }

    /** The changed fields between two versions, each as a line diff. */
    public Map<String, Object> diff(String id, int from, int to) {
        EntryContent a = findVersion(id, from).content();
        EntryContent b = findVersion(id, to).content();
        List<Map<String, Object>> fields = new ArrayList<>();
        for (EntryDiff.Field f : EntryDiff.diff(a, b)) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (EntryDiff.Line l : f.lines()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("op", l.op());
                line.put("text", l.text());
                lines.add(line);
            }
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("field", f.field());
            field.put("lines", lines);
            fields.add(field);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", from);
        out.put("to", to);
        out.put("fields", fields);
        return out;
    }

    // ------------------------------------------------------------------ changing

    /** A new entry, version 1, a draft. */
    public Map<String, Object> create(EntryContent content, String author) {
        tx.write("create FAQ entry " + content.id(), c -> {
            if (store.find(c, content.id()).isPresent()) {
                throw new IllegalStateException("an entry with id '" + content.id() + "' already exists");
            }
            store.create(c, content, "created", author, clock.instant(), false);
            return null;
        });
        return headAnswer(content.id(), 1, "draft");
    }

    /** A new head version with this content (action {@code edited}); what the bot serves is unchanged. */
    public Map<String, Object> edit(String id, EntryContent content, int baseVersion, String author) {
        if (!content.id().equals(id)) {
            throw new IllegalArgumentException("content.id: '" + content.id() + "' is not this entry's id '" + id
                    + "'; ids cannot be changed (create a new entry instead)");
        }
        int head = tx.write("edit FAQ entry " + id, c -> {
            EntryVersions.State s = locked(c, id, baseVersion);
            return store.append(c, s, content, "edited", author, clock.instant(), s.liveVersion());
        });
        return headAnswer(id, head, "draft");
    }

    /** The bot serves the head version. */
    public Map<String, Object> publish(String id, int baseVersion, String author) {
        return changeServed("publish FAQ entry " + id, author, c -> {
            EntryVersions.State s = locked(c, id, baseVersion);
            int next = s.headVersion() + 1;
            store.append(c, s, s.head(), "published", author, clock.instant(), next);
            return List.of(id);
        }, id);
    }

    /** The bot stops serving the entry; its content stays as the head. */
    public Map<String, Object> withdraw(String id, int baseVersion, String author) {
        return changeServed("withdraw FAQ entry " + id, author, c -> {
            EntryVersions.State s = locked(c, id, baseVersion);
            store.append(c, s, s.head(), "withdrawn", author, clock.instant(), null);
            return List.of(id);
        }, id);
    }

    /**
     * The entry as it was after version {@code version}: its content and what the bot served then
     * (a version from before the entry was served withdraws it). Action {@code reverted}.
     */
    public Map<String, Object> revert(String id, int version, int baseVersion, String author) {
        return changeServed("revert FAQ entry " + id, author, c -> {
            EntryVersions.State s = locked(c, id, baseVersion);
            EntryVersions.Version k = store.version(c, id, version).orElseThrow(() -> noVersion(id, version));
            int next = s.headVersion() + 1;
            Integer live = k.liveVersion() == null ? null : k.liveVersion() == version ? next : k.liveVersion();
            store.append(c, s, k.content(), "reverted", author, clock.instant(), live);
            return List.of(id);
        }, id);
    }

    /**
     * A draft made from visitors' questions: the answer is {@link #PLACEHOLDER_ANSWER}.
     *
     * @return the new entry's id
     */
    public String newDraft(String id, String language, String question, List<String> alternates, String author) {
        Language l = language == null || language.isBlank() ? index.config().defaultLanguage() : Language.of(language);
        List<String> others = new ArrayList<>(new LinkedHashSet<>(alternates == null ? List.of() : alternates));
        others.removeIf(p -> p == null || p.isBlank() || p.strip().equals(question == null ? null : question.strip()));
        FaqEntry entry = new FaqEntry(id, l, question, others, PLACEHOLDER_ANSWER, List.of(), List.of(), Map.of());
        create(new EntryContent(entry, null, null), author);
        return id;
    }

    /** A new head version with these phrasings as alternates (action {@code phrasings_added}), skipping those present. */
    public void addAlternates(String entryId, List<String> phrasings, String author) {
        tx.write("add phrasings to FAQ entry " + entryId, c -> {
            EntryVersions.State s = store.lock(c, entryId).orElseThrow(() -> noEntry(entryId));
            FaqEntry e = s.head().entry();
            for (String p : phrasings) {
                if (p != null && !p.isBlank()) {
                    e = e.withAlternate(p.strip());
                }
            }
            return store.append(c, s, s.head().with(e), "phrasings_added", author, clock.instant(), s.liveVersion());
        });
    }

    // ------------------------------------------------------------------ import and export

    /** How an import treats entries the file does not hold. */
    public enum ImportMode {
        /** Adds and updates. */
        MERGE,
        /** Adds, updates, and withdraws served entries missing from the file. */
        REPLACE;

        public static ImportMode of(String s) {
            if (s == null || s.isBlank() || s.equalsIgnoreCase("merge")) {
                return MERGE;
            }
            if (s.equalsIgnoreCase("replace")) {
                return REPLACE;
            }
            throw new IllegalArgumentException("mode: merge or replace, not '" + s + "'");
        }
    }

    /** What importing this file would change; nothing is changed. */
    public Map<String, Object> importPreview(String filename, byte[] bytes, ImportMode mode) {
        List<FaqEntry> file = read(filename, bytes);
        ImportPlan plan = tx.read("preview an FAQ import", c -> ImportPlan.of(file, store.all(c), mode));
        check(plan.corpusAfter(tx.read("read the served FAQ entries", store::served)), filename);
        Map<String, Object> out = plan.json();
        out.put("mode", mode.name().toLowerCase(Locale.ROOT));
        out.put("entries", file.size());
        return out;
    }

    /** Imports the file and publishes the result, all or nothing. */
    public Map<String, Object> importApply(String filename, byte[] bytes, ImportMode mode, String author) {
        List<FaqEntry> file = read(filename, bytes);
        ImportPlan[] plan = new ImportPlan[1];
        Map<String, Object> out = changeServed("import FAQ file " + filename, author, c -> {
            Instant now = clock.instant();
            plan[0] = ImportPlan.of(file, store.all(c), mode);
            return plan[0].apply(c, store, author, now);
        }, null);
        Map<String, Object> answer = plan[0].json();
        answer.put("index_ms", out.get("index_ms"));
        answer.put("regression", out.get("regression"));
        return answer;
    }

    /** The served entries as {@code faq export} writes them. */
    public String export(FaqFormat format) {
        StringWriter out = new StringWriter();
        try {
            FaqExporter.write(served(), format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ start

    /** What {@link #reconcile} did. */
    public record Reconciled(int imported, int fromStore, boolean filled) {
    }

    /**
     * Brings store and index into step at start. An empty store is filled from the index (each
     * entry version 1, {@code imported} by {@code system}, served). Otherwise, when the index
     * serves a corpus the store never gave it (a {@code faq import} on the command line while
     * stopped), each entry whose content differs, or that the store lacks, gets a new
     * {@code imported} version by {@code command line}; served entries the index lacks are given
     * back to the index from the store. An index merely behind the store (a corpus the store gave
     * it before) is updated from the store.
     */
    public Reconciled reconcile() {
        synchronized (publishing) {
            List<FaqEntry> indexed = index.entries();
            String indexHash = ServedCorpus.hash(indexed);
            Reconciled r = tx.write("reconcile the FAQ store with the index", c -> {
                Instant now = clock.instant();
                if (store.isEmpty(c)) {
                    for (FaqEntry e : indexed) {
                        store.create(c, new EntryContent(e, null, null), "imported", SYSTEM, now, true);
                    }
                    store.recordPush(c, indexHash, now);
                    return new Reconciled(indexed.size(), 0, true);
                }
                Map<String, FaqEntry> served = store.served(c);
                if (ServedCorpus.hash(List.copyOf(served.values())).equals(indexHash)) {
                    return new Reconciled(0, 0, false);
                }
                int imported = 0;
                if (!store.pushed(c, indexHash)) {
                    for (FaqEntry e : indexed) {
                        if (e.equals(served.get(e.id()))) {
                            continue;
                        }
                        EntryVersions.State s = store.lock(c, e.id()).orElse(null);
                        if (s == null) {
                            store.create(c, new EntryContent(e, null, null), "imported", COMMAND_LINE, now, true);
                        } else {
                            store.append(c, s, s.head().with(e), "imported", COMMAND_LINE, now, s.headVersion() + 1);
                        }
                        imported++;
                    }
                }
                Map<String, FaqEntry> after = store.served(c);
                Set<String> indexIds = new TreeSet<>();
                indexed.forEach(e -> indexIds.add(e.id()));
                int fromStore = (int) after.keySet().stream().filter(id -> !indexIds.contains(id)).count();
                return new Reconciled(imported, fromStore, false);
            });
            List<FaqEntry> served = served();
            String hash = ServedCorpus.hash(served);
            if (!hash.equals(indexHash)) {
                tx.write("record the corpus given to the FAQ index", c -> {
                    store.recordPush(c, hash, clock.instant());
                    return null;
                });
                index.update(served);
            }
            return r;
        }
    }

    // ------------------------------------------------------------------ inside

    /** Writes that change what the bot serves; returns the ids whose served content changed. */
    private interface ServedChange {
        List<String> run(Connection c) throws SQLException;
    }

    private Map<String, Object> changeServed(String what, String author, ServedChange change, String id) {
        synchronized (publishing) {
            long[] ms = {-1};
            List<String> ids;
            try {
                ids = tx.write(what, c -> {
                    List<String> changed = change.run(c);
                    List<FaqEntry> served = List.copyOf(store.served(c).values());
                    store.recordPush(c, ServedCorpus.hash(served), clock.instant());
                    ms[0] = index.update(served); // refused (IllegalArgumentException): rolled back, nothing served
                    return changed;
                });
            } catch (StorageException e) {
                if (ms[0] >= 0) {
                    index.update(served()); // the commit failed after the index took the corpus: serve the store's again
                }
                throw e;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            if (id != null) {
                EntryVersions.State s = tx.read("read FAQ entry " + id, c -> store.find(c, id)).orElseThrow(() -> noEntry(id));
                out.put("head_version", s.headVersion());
                out.put("live_version", s.liveVersion());
                out.put("status", status(s));
            }
            out.put("index_ms", ms[0]);
            out.put("regression", afterPublish.afterPublish(ids, author));
            return out;
        }
    }

    private EntryVersions.State locked(Connection c, String id, int baseVersion) throws SQLException {
        EntryVersions.State s = store.lock(c, id).orElseThrow(() -> noEntry(id));
        if (s.headVersion() != baseVersion) {
            throw new StaleVersionException(id, baseVersion, s.headVersion());
        }
        return s;
    }

    private EntryVersions.Version findVersion(String id, int version) {
        return tx.read("read FAQ entry " + id + " version " + version, c -> store.version(c, id, version))
                .orElseThrow(() -> noVersion(id, version));
    }

    private List<FaqEntry> read(String filename, byte[] bytes) {
        if (filename == null || filename.isBlank()) {
            throw new IllegalArgumentException("filename: the file's name is needed (its extension tells the format)");
        }
        FaqFormat format;
        try {
            format = FaqFormat.ofFile(Path.of(filename).getFileName());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("filename: '" + filename + "' is not a file name");
        }
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException(filename + ": the file is empty");
        }
        Reader in = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            return FaqImporter.create(index.config().defaultLanguage()).read(filename, in, format);
        } catch (FaqFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(filename + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static void check(List<FaqEntry> corpus, String source) {
        try {
            CorpusValidator.validate(corpus, source);
        } catch (FaqFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private Map<String, Object> row(EntryVersions.State s, LocalDate today) {
        FaqEntry e = s.head().entry();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("language", e.language().code());
        out.put("question", e.question());
        out.put("category", s.head().category());
        out.put("tags", e.tags());
        out.put("status", status(s));
        out.put("head_version", s.headVersion());
        out.put("live_version", s.liveVersion());
        out.put("owner", s.head().owner());
        out.put("review_by", s.head().reviewBy() == null ? null : s.head().reviewBy().toString());
        out.put("overdue", overdue(s.head(), today));
        out.put("updated_at", s.updatedAt().toString());
        out.put("updated_by", s.updatedBy());
        List<String> languages = new ArrayList<>();
        languages.add(e.language().code());
        e.translations().keySet().forEach(l -> languages.add(l.code()));
        out.put("languages", languages);
        return out;
    }

    /** Hits of the query's words in the entry (each word a prefix of a word of the entry), or -1 when a word is missing. */
    static int score(FaqEntry e, List<String> query) {
        List<String> words = new ArrayList<>();
        words.addAll(TextFold.words(e.question()));
        e.alternates().forEach(a -> words.addAll(TextFold.words(a)));
        words.addAll(TextFold.words(e.answer()));
        e.translations().values().forEach(t -> {
            t.phrasings().forEach(p -> words.addAll(TextFold.words(p)));
            words.addAll(TextFold.words(t.answer()));
        });
        int hits = 0;
        for (String q : query) {
            int these = 0;
            for (String w : words) {
                if (w.startsWith(q)) {
                    these++;
                }
            }
            if (these == 0) {
                return -1;
            }
            hits += these;
        }
        return hits;
    }

    private static String status(EntryVersions.State s) {
        return s.published() ? "published" : "draft";
    }

    private static boolean overdue(EntryContent c, LocalDate today) {
        return c.reviewBy() != null && c.reviewBy().isBefore(today);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Map<String, Object> headAnswer(String id, int head, String status) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("head_version", head);
        out.put("status", status);
        return out;
    }

    private static Map<String, Object> versionJson(EntryVersions.Version v, boolean content) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", v.version());
        out.put("author", v.author());
        out.put("at", v.at().toString());
        out.put("action", v.action());
        out.put("live_version", v.liveVersion());
        if (content) {
            out.put("content", v.content().toJson());
        }
        return out;
    }

    private static NoSuchElementException noEntry(String id) {
        return new NoSuchElementException("no FAQ entry with id '" + id + "'");
    }

    private static NoSuchElementException noVersion(String id, int version) {
        return new NoSuchElementException("FAQ entry '" + id + "' has no version " + version);
    }
}
