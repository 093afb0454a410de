package org.switchboard.listener.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

/**
 * lucene-monitor 9.11.1 runs on the 9.12.3 core, and the matcher's own presearch (lucene-monitor's
 * decomposer and term selection, looked up in a map, over a reused memory index) runs exactly the
 * queries a real {@link Monitor} finds matching, at the same words. (Words, not offsets: the
 * monitor's {@code HighlightsMatch} keeps one hit per position, so of "#acme" and "acme" at one
 * place it may keep either.)
 */
class MonitorAgreementTest {

    @Test
    void theCoreIs9123() {
        assertEquals("9.12.3", Version.LATEST.toString());
    }

    @Test
    void aRealMonitorFindsTheSameQueriesAtTheSamePlaces() throws Exception {
        Watchlist demo = Watchlist.load(Path.of("../config/listener/watchlist.yaml"));
        Watchlist large = Watchlist.parse(Files.readString(Path.of("../config/listener/watchlist.yaml"))
                + WatchlistMatcherBench.grown(60), "demo + generated");
        List<String> posts = WatchlistMatcherBench.posts(new Random(3), 500);
        posts.addAll(List.of("@acmesupport where is my refund?", "Maria from Acme", "acme anvil meme", "Acme Fibre down again",
                "my flex plan", "money back from ACME please", "ألياف أكمي", "Οπτική Ίνα Acme"));
        for (Watchlist watchlist : List.of(demo, large)) {
            try (WatchlistMatcher matcher = WatchlistMatcher.of(watchlist);
                 Monitor monitor = new Monitor(PostAnalyzer.forPosts())) {
                monitor.register(TermQueries.of(watchlist.terms()));
                int matched = 0;
                for (String post : posts) {
                    Document doc = new Document();
                    doc.add(new TextField(PostAnalyzer.FIELD, post, Field.Store.NO));
                    MatchingQueries<HighlightsMatch> expected = monitor.match(doc, HighlightsMatch.MATCHER);
                    assertTrue(expected.getErrors().isEmpty(), expected.getErrors().toString());
                    Map<String, Set<Integer>> monitorWords = new HashMap<>();
                    for (HighlightsMatch match : expected.getMatches()) {
                        Set<Integer> starts = new TreeSet<>();
                        match.getHits(PostAnalyzer.FIELD).forEach(hit -> starts.add(hit.startPosition));
                        monitorWords.put(match.getQueryId(), starts);
                    }
                    Map<String, List<Place>> ours = matcher.placesByQuery(post);
                    assertEquals(new TreeSet<>(monitorWords.keySet()), new TreeSet<>(ours.keySet()), post);
                    ours.forEach((id, places) -> places.forEach(place -> assertTrue(monitorWords.get(id).contains(place.firstWord()),
                            id + " at word " + place.firstWord() + " in: " + post)));
                    matched += ours.isEmpty() ? 0 : 1;
                }
                assertTrue(matched > posts.size() / 3, "the posts do name watched terms: " + matched);
            }
        }
    }
}
