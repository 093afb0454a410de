package org.switchboard.faq;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.switchboard.faq.analysis.FaqAnalyzers;

/**
 * The Lucene side of a generation: one document per phrasing (entry id, language, the text
 * analysed per language) searched with BM25. Readers are reference-counted so a generation
 * being replaced stays open until its last search ends.
 */
final class PhrasingIndex {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final FaqAnalyzers analyzers;

    private PhrasingIndex(DirectoryReader reader, FaqAnalyzers analyzers) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzers = analyzers;
    }

    static void write(Path dir, List<FaqEntry> entries, FaqAnalyzers analyzers) throws IOException {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Language l : Language.values()) {
            perField.put(field(l), analyzers.words(l));
        }
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
        try (Directory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer))) {
            for (FaqEntry e : entries) {
                add(w, e.id(), e.language(), e.phrasings());
                for (Map.Entry<Language, FaqEntry.Translation> t : e.translations().entrySet()) {
                    add(w, e.id(), t.getKey(), t.getValue().phrasings());
                }
            }
            w.commit();
        }
    }

    private static void add(IndexWriter w, String id, Language language, List<String> phrasings) throws IOException {
        for (String p : phrasings) {
            Document doc = new Document();
            doc.add(new StringField("id", id, Field.Store.YES));
            doc.add(new StringField("language", language.code(), Field.Store.YES));
            doc.add(new TextField(field(language), p, Field.Store.NO));
            doc.add(new StoredField("text", p));
            w.addDocument(doc);
        }
    }

    static PhrasingIndex open(Path dir, FaqAnalyzers analyzers) throws IOException {
        return new PhrasingIndex(DirectoryReader.open(FSDirectory.open(dir)), analyzers);
    }

    /** Entries whose phrasings best match the question by BM25, best first, scores relative to the best. */
    List<Candidate> search(String question, Language language, int maxEntries) throws IOException {
        Query q = new QueryBuilder(analyzers.words(language)).createBooleanQuery(field(language), question);
        if (q == null || maxEntries < 1) {
            return List.of();
        }
        Map<String, Float> best = new LinkedHashMap<>();
        for (ScoreDoc sd : searcher.search(q, maxEntries * 20).scoreDocs) {
            String id = searcher.storedFields().document(sd.doc).get("id");
            best.putIfAbsent(id, sd.score);
            if (best.size() == maxEntries) {
                break;
            }
        }
        List<Candidate> out = new ArrayList<>();
        float top = best.isEmpty() ? 1 : best.values().iterator().next();
        best.forEach((id, s) -> out.add(new Candidate(id, Math.min(1, s / top))));
        return out;
    }

    boolean tryIncRef() {
        return reader.tryIncRef();
    }

    void decRef() throws IOException {
        reader.decRef();
    }

    private static String field(Language l) {
        return "words_" + l.code();
    }
}
