package org.switchboard.listener.watch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A place in a post where a query matched: char offsets (end exclusive) and word positions (both
 * inclusive; a handle's "@acme" and its "acme" share one).
 *
 * <p>Places come from Lucene's {@link Matches}, as lucene-monitor's {@code HighlightsMatch} reads
 * them, but a phrase stays one place instead of one per word: {@link #wholeMatches} gives each
 * match's whole extent (a name, a phrase); {@link #hits} gives the words that made a query match,
 * words side by side joined into one place ("acme" and "refund" for {@code acme NEAR/3 refund}).
 */
record Place(int start, int end, int firstWord, int lastWord) {

    /** Whether this place's words all lie within {@code other}'s. */
    boolean within(Place other) {
        return other.firstWord <= firstWord && lastWord <= other.lastWord;
    }

    /** How many words lie between this place and {@code other} (negative when they overlap). */
    int wordsBetween(Place other) {
        return Math.max(other.firstWord - lastWord, firstWord - other.lastWord) - 1;
    }

    /** This place widened to start at {@code start}. */
    Place from(int start) {
        return new Place(start, end, firstWord, lastWord);
    }

    /** The whole extent of each match of {@code query} in the one-post index, or null if it does not match. */
    static List<Place> wholeMatches(IndexSearcher post, Query query) throws IOException {
        return find(post, query, false);
    }

    /** The words that made {@code query} match in the one-post index, or null if it does not match. */
    static List<Place> hits(IndexSearcher post, Query query) throws IOException {
        return find(post, query, true);
    }

    private static List<Place> find(IndexSearcher post, Query query, boolean hits) throws IOException {
        Weight weight = post.createWeight(post.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        LeafReaderContext leaf = post.getIndexReader().leaves().get(0);
        Matches matches = weight.matches(leaf, 0);
        if (matches == null) {
            return null;
        }
        List<Place> places = new ArrayList<>(2);
        for (String field : matches) {
            MatchesIterator match = matches.getMatches(field);
            while (match != null && match.next()) {
                MatchesIterator words = hits ? match.getSubMatches() : null;
                if (words == null) {
                    places.add(new Place(match.startOffset(), match.endOffset(), match.startPosition(), match.endPosition()));
                } else {
                    addJoined(words, places);
                }
            }
        }
        return places;
    }

    /** The words of one match, those side by side joined. */
    private static void addJoined(MatchesIterator words, List<Place> places) throws IOException {
        List<Place> found = new ArrayList<>();
        while (words.next()) {
            found.add(new Place(words.startOffset(), words.endOffset(), words.startPosition(), words.endPosition()));
        }
        found.sort((a, b) -> a.firstWord != b.firstWord
                ? Integer.compare(a.firstWord, b.firstWord) : Integer.compare(a.lastWord, b.lastWord));
        Place open = null;
        for (Place word : found) {
            if (open != null && word.firstWord <= open.lastWord + 1) {
                open = new Place(Math.min(open.start, word.start), Math.max(open.end, word.end),
                        open.firstWord, Math.max(open.lastWord, word.lastWord));
            } else {
                if (open != null) {
                    places.add(open);
                }
                open = word;
            }
        }
        if (open != null) {
            places.add(open);
        }
    }
}
