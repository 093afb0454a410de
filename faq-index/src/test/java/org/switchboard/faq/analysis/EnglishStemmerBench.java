package org.switchboard.faq.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Chooses the English stemmer for words(): on CLINC150 (15,000 training utterances indexed with
 * BM25, the 4,500 test utterances as queries), the share whose best hit has the right intent,
 * and the analysis speed. Not a test; run it by hand from the project root:
 *
 * <pre>
 * mvn -q -pl faq-index test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * cd faq-index && java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.switchboard.faq.analysis.EnglishStemmerBench [path/to/clinc150/data_full.json]
 * </pre>
 */
public final class EnglishStemmerBench {
    public static void main(String[] args) throws Exception {
        JsonNode data = new ObjectMapper().readTree(
                Path.of(args.length > 0 ? args[0] : "../../shared/data/clinc150/data_full.json").toFile());
        Map<String, Analyzer> variants = new LinkedHashMap<>();
        variants.put("none", new ChainAnalyzer(StandardTokenizer::new, EnglishPossessiveFilter::new, ICUFoldingFilter::new));
        variants.put("minimal (plurals)", new ChainAnalyzer(StandardTokenizer::new, EnglishPossessiveFilter::new, ICUFoldingFilter::new, EnglishMinimalStemFilter::new));
        variants.put("kstem", new ChainAnalyzer(StandardTokenizer::new, EnglishPossessiveFilter::new, ICUFoldingFilter::new, KStemFilter::new));
        variants.put("porter", new ChainAnalyzer(StandardTokenizer::new, EnglishPossessiveFilter::new, ICUFoldingFilter::new, PorterStemFilter::new));
        for (int round = 0; round < 2; round++) {
            for (var v : variants.entrySet()) {
                long t = System.nanoTime();
                double acc = top1(v.getValue(), data.get("train"), data.get("test"));
                System.out.printf("round %d %-18s top-1 intent %.2f%%  (%.1f s)%n", round, v.getKey(), acc, (System.nanoTime() - t) / 1e9);
            }
            for (var v : variants.entrySet()) {
                System.out.printf("round %d %-18s analysis %.2f µs per utterance%n", round, v.getKey(), speed(v.getValue(), data.get("train")));
            }
        }
    }

    private static double top1(Analyzer analyzer, JsonNode train, JsonNode test) throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (JsonNode item : train) {
                    Document d = new Document();
                    d.add(new TextField("text", item.get(0).asText(), Field.Store.NO));
                    d.add(new StoredField("intent", item.get(1).asText()));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int right = 0;
                for (JsonNode item : test) {
                    BooleanQuery.Builder q = new BooleanQuery.Builder();
                    FaqAnalyzers.tokens(analyzer, item.get(0).asText())
                            .forEach(t -> q.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD));
                    TopDocs top = searcher.search(q.build(), 1);
                    if (top.scoreDocs.length > 0 && searcher.storedFields().document(top.scoreDocs[0].doc)
                            .get("intent").equals(item.get(1).asText())) {
                        right++;
                    }
                }
                return 100.0 * right / test.size();
            }
        }
    }

    private static double speed(Analyzer analyzer, JsonNode train) {
        long t = System.nanoTime();
        for (JsonNode item : train) {
            FaqAnalyzers.tokens(analyzer, item.get(0).asText());
        }
        return (System.nanoTime() - t) / 1e3 / train.size();
    }
}
