package org.switchboard.listener.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.CloseableThreadLocal;

/**
 * Finds a watchlist's terms in posts, the way lucene-monitor does: every term is a set of stored
 * Lucene queries ({@link TermQueries}); each post is indexed on its own in a {@link MemoryIndex}
 * and runs the queries its words can match ({@link CandidateQueries}); where they matched comes
 * from Lucene's {@code Matches} ({@link Place}). Thread-safe: each thread reuses its own memory
 * index and analysis chain. Close it when done.
 *
 * <p>A term is found where one of its forms is (name, alias, variant, handle, hashtag, or for
 * staff the first name within {@value TermQueries#STAFF_DISTANCE} words of a brand or company
 * term found in the post) outside its exclusion phrases, provided one of its context words, if it
 * has any, is in the post; a term with a query wherever the query's words made it match.
 * Overlapping places of one term are one place; a place at a handle or hashtag includes its sign.
 */
public final class WatchlistMatcher implements AutoCloseable {
    private static final Comparator<TermMatch> ORDER = Comparator.comparingInt(TermMatch::start)
            .thenComparing(Comparator.comparingInt(TermMatch::end).reversed())
            .thenComparing(TermMatch::term);

    /** The most memory each thread's post index keeps between posts (a long web page needs more, once). */
    private static final long REUSED_BYTES = 1 << 20;

    private final List<Term> terms;
    private final CandidateQueries queries;
    private final PostAnalyzer analyzer = PostAnalyzer.forPosts();
    /**
     * Each thread's one-post index, emptied for every post. Made by {@code fromDocument}, the only
     * public way to let a memory index keep its buffers on {@code reset()}: without that it takes
     * 64 KiB of fresh, zeroed blocks for every post, a third of the time matching took.
     */
    private final CloseableThreadLocal<MemoryIndex> posts = new CloseableThreadLocal<>() {
        @Override
        protected MemoryIndex initialValue() {
            return MemoryIndex.fromDocument(List.of(), analyzer, true, false, REUSED_BYTES);
        }
    };

    private WatchlistMatcher(List<Term> terms) {
        this.terms = terms;
        this.queries = new CandidateQueries(TermQueries.of(terms));
    }

    /** A matcher for {@code watchlist}'s terms. */
    public static WatchlistMatcher of(Watchlist watchlist) {
        return new WatchlistMatcher(watchlist.terms());
    }

    /**
     * The places in {@code text} where terms were found, ordered by start (longer first at the same
     * start); one entry per term and place, spans as char offsets into {@code text}.
     */
    public List<TermMatch> match(String text) {
        Map<Character, Map<Integer, List<Place>>> byRole = new HashMap<>();
        placesByQuery(text).forEach((id, places) -> byRole.computeIfAbsent(id.charAt(0), role -> new TreeMap<>())
                .computeIfAbsent(Integer.parseInt(id.substring(1)), index -> new ArrayList<>())
                .addAll(places));
        return matches(text, byRole);
    }

    /** Where each of the monitor queries ({@link TermQueries}) that match {@code text} matched, by query id. */
    Map<String, List<Place>> placesByQuery(String text) {
        MemoryIndex post = posts.get();
        post.reset();
        post.addField(PostAnalyzer.FIELD, text, analyzer);
        post.freeze();
        IndexSearcher searcher = post.createSearcher();
        searcher.setQueryCache(null);
        Map<String, List<Place>> found = new HashMap<>();
        try {
            LeafReader reader = (LeafReader) searcher.getIndexReader();
            for (CandidateQueries.Part part : queries.candidates(reader.terms(PostAnalyzer.FIELD))) {
                List<Place> places = part.hits() ? Place.hits(searcher, part.query()) : Place.wholeMatches(searcher, part.query());
                if (places != null) {
                    found.computeIfAbsent(part.queryId(), id -> new ArrayList<>()).addAll(places);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot match a post", e);
        }
        return found;
    }

    /** The term matches the queries' places add up to. */
    private List<TermMatch> matches(String text, Map<Character, Map<Integer, List<Place>>> byRole) {
        Map<Integer, List<Place>> context = byRole.getOrDefault(TermQueries.CONTEXT, Map.of());
        Map<Integer, List<Place>> excluded = byRole.getOrDefault(TermQueries.EXCLUDE, Map.of());
        Map<Integer, List<Place>> places = new TreeMap<>();
        List<Place> brands = new ArrayList<>();
        byRole.getOrDefault(TermQueries.FORMS, Map.of()).forEach((index, found) -> {
            Term term = terms.get(index);
            List<Place> counted = outside(found, excluded.getOrDefault(index, List.of()));
            if (!counted.isEmpty() && (term.context().isEmpty() || context.containsKey(index))) {
                places.put(index, counted);
                if (term.kind() == TermKind.BRAND || term.kind() == TermKind.COMPANY) {
                    brands.addAll(counted);
                }
            }
        });
        byRole.getOrDefault(TermQueries.STAFF, Map.of()).forEach((index, firstNames) -> {
            List<Place> nearBrand = new ArrayList<>();
            for (Place firstName : outside(firstNames, excluded.getOrDefault(index, List.of()))) {
                if (brands.stream().anyMatch(brand -> firstName.wordsBetween(brand) <= TermQueries.STAFF_DISTANCE)) {
                    nearBrand.add(firstName);
                }
            }
            if (!nearBrand.isEmpty() && (terms.get(index).context().isEmpty() || context.containsKey(index))) {
                places.computeIfAbsent(index, i -> new ArrayList<>()).addAll(nearBrand);
            }
        });
        places.putAll(byRole.getOrDefault(TermQueries.QUERY, Map.of()));
        List<TermMatch> matches = new ArrayList<>();
        places.forEach((index, found) -> joinOverlapping(terms.get(index), withSigns(text, found), matches));
        matches.sort(ORDER);
        return matches;
    }

    /** The places not inside one of the exclusion phrases' places. */
    private static List<Place> outside(List<Place> places, List<Place> exclusions) {
        if (exclusions.isEmpty()) {
            return places;
        }
        List<Place> outside = new ArrayList<>();
        for (Place place : places) {
            if (exclusions.stream().noneMatch(place::within)) {
                outside.add(place);
            }
        }
        return outside;
    }

    /** The places, each widened to the "@" or "#" its word is written with ("acme" of "#acme" is "#acme"). */
    private static List<Place> withSigns(String text, List<Place> places) {
        List<Place> signed = new ArrayList<>(places.size());
        for (Place place : places) {
            signed.add(place.from(SigilFilter.signStart(text::charAt, place.start())));
        }
        return signed;
    }

    private static void joinOverlapping(Term term, List<Place> places, List<TermMatch> into) {
        places.sort(Comparator.comparingInt(Place::start).thenComparingInt(Place::end));
        int start = -1;
        int end = -1;
        for (Place place : places) {
            if (start >= 0 && place.start() < end) {
                end = Math.max(end, place.end());
                continue;
            }
            if (start >= 0) {
                into.add(new TermMatch(term.name(), term.kind(), start, end));
            }
            start = place.start();
            end = place.end();
        }
        if (start >= 0) {
            into.add(new TermMatch(term.name(), term.kind(), start, end));
        }
    }

    /** The terms this matcher finds. */
    public List<Term> terms() {
        return terms;
    }

    @Override
    public void close() {
        posts.close();
        analyzer.close();
    }
}
