package org.switchboard.listener.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryDecomposer;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * The watchlist's monitor queries split and filed by the words that can make them match, so that a
 * post runs only the queries its words can satisfy: lucene-monitor's presearch, done with its own
 * {@link QueryDecomposer} (a disjunction becomes one query per part) and
 * {@link TermFilteredPresearcher} (which picks, for each part, words of which a post must hold one
 * for the part to match: one word of a phrase, one side of an AND, every branch of an OR; or none,
 * as for a lone wildcard, and then the part runs on every post), but looked up in a hash map rather
 * than a Lucene index of queries: for a few hundred queries the map is many times cheaper per post.
 */
final class CandidateQueries {
    /** One part of a monitor query. */
    record Part(String queryId, Query query, boolean hits) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final Map<BytesRef, int[]> byWord = new HashMap<>();
    private final int[] always;

    /** Files {@code queries}; those whose metadata says {@code spans: hits} report the words that made them match. */
    CandidateQueries(List<MonitorQuery> queries) {
        QueryDecomposer decomposer = new QueryDecomposer();
        TermFilteredPresearcher presearcher = new TermFilteredPresearcher();
        Map<BytesRef, List<Integer>> words = new HashMap<>();
        List<Integer> anyPost = new ArrayList<>();
        for (MonitorQuery query : queries) {
            boolean hits = TermQueries.HITS.equals(query.getMetadata().get(TermQueries.SPANS));
            for (Query part : decomposer.decompose(query.getQuery())) {
                int index = parts.size();
                parts.add(new Part(query.getId(), part, hits));
                boolean needsWord = false;
                for (IndexableField field : presearcher.indexQuery(part, Map.of())) {
                    if (field.name().equals(PostAnalyzer.FIELD)) {
                        for (BytesRef word : words(field)) {
                            words.computeIfAbsent(word, w -> new ArrayList<>()).add(index);
                            needsWord = true;
                        }
                    }
                }
                if (!needsWord) {
                    anyPost.add(index);
                }
            }
        }
        words.forEach((word, indexes) -> byWord.put(word, indexes.stream().mapToInt(Integer::intValue).toArray()));
        always = anyPost.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The parts a post with these words may match, in filing order. */
    List<Part> candidates(Terms postWords) throws IOException {
        BitSet chosen = new BitSet(parts.size());
        for (int index : always) {
            chosen.set(index);
        }
        if (postWords != null) {
            TermsEnum word = postWords.iterator();
            for (BytesRef term = word.next(); term != null; term = word.next()) {
                int[] indexes = byWord.get(term);
                if (indexes != null) {
                    for (int index : indexes) {
                        chosen.set(index);
                    }
                }
            }
        }
        List<Part> candidates = new ArrayList<>();
        for (int index = chosen.nextSetBit(0); index >= 0; index = chosen.nextSetBit(index + 1)) {
            candidates.add(parts.get(index));
        }
        return candidates;
    }

    private static List<BytesRef> words(IndexableField field) {
        List<BytesRef> words = new ArrayList<>();
        try (TokenStream stream = field.tokenStream(null, null)) {
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(BytesRef.deepCopyOf(term.getBytesRef()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a query's presearch words", e);
        }
        return words;
    }
}
