package org.switchboard.listener.watch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a watchlist into the Lucene queries the matcher runs on each post. A term gives up to four,
 * told apart by the first letter of the id followed by the term's index in the watchlist:
 * <ul>
 * <li>{@code f}: its forms (name, aliases, variants as phrases; handles and hashtags as signed
 *     words);</li>
 * <li>{@code x}: its exclusion phrases (a form inside one does not count);</li>
 * <li>{@code s}: for staff, the first name (it counts within {@value #STAFF_DISTANCE} words of a
 *     brand or company term: "Maria from Acme");</li>
 * <li>{@code c}: its context words, of which one must be in the post;</li>
 * <li>{@code q}: instead of all these, its Boolean query.</li>
 * </ul>
 * Each is a plain disjunction of words and phrases, which {@link CandidateQueries} splits into one
 * query per form, run only on posts holding one of that form's words; the matcher combines their
 * places.
 */
final class TermQueries {
    /** The most words between a staff member's first name and a brand for them to count. */
    static final int STAFF_DISTANCE = 3;
    static final char FORMS = 'f';
    static final char EXCLUDE = 'x';
    static final char STAFF = 's';
    static final char CONTEXT = 'c';
    static final char QUERY = 'q';

    /** The metadata key saying how a query's places are reported ({@link Place}). */
    static final String SPANS = "spans";
    /** Each match's whole extent. */
    static final String WHOLE = "whole";
    /** The words that made the query match. */
    static final String HITS = "hits";

    private static final Map<String, String> WHOLE_PLACES = Map.of(SPANS, WHOLE);
    private static final Map<String, String> HIT_PLACES = Map.of(SPANS, HITS);

    private final PostAnalyzer analyzer;

    private TermQueries(PostAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The monitor queries for {@code terms}. */
    static List<MonitorQuery> of(List<Term> terms) {
        try (PostAnalyzer analyzer = PostAnalyzer.forTerms()) {
            return new TermQueries(analyzer).compile(terms);
        }
    }

    /** The id of a term's query of the given role. */
    static String id(char role, int index) {
        return role + Integer.toString(index);
    }

    private List<MonitorQuery> compile(List<Term> terms) {
        BooleanQueryParser parser = new BooleanQueryParser(analyzer);
        List<MonitorQuery> queries = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            if (term.hasQuery()) {
                queries.add(new MonitorQuery(id(QUERY, i), parser.parse(term.query()), term.query(), HIT_PLACES));
                continue;
            }
            List<List<String>> forms = new ArrayList<>();
            term.names().forEach(name -> forms.add(analyzer.words(name)));
            term.handles().forEach(handle -> forms.add(List.of(analyzer.tokens(handle).get(0))));
            term.hashtags().forEach(hashtag -> forms.add(List.of(analyzer.tokens(hashtag).get(0))));
            queries.add(query(id(FORMS, i), forms));
            if (!term.exclude().isEmpty()) {
                queries.add(query(id(EXCLUDE, i), phrases(term.exclude())));
            }
            List<List<String>> firstNames = firstNames(term);
            if (term.kind() == TermKind.STAFF && !firstNames.isEmpty()) {
                queries.add(query(id(STAFF, i), firstNames));
            }
            if (!term.context().isEmpty()) {
                queries.add(query(id(CONTEXT, i), phrases(term.context())));
            }
        }
        return queries;
    }

    /** The first word of each of the term's names that has more than one word. */
    private List<List<String>> firstNames(Term term) {
        Set<List<String>> first = new LinkedHashSet<>();
        for (String name : term.names()) {
            List<String> words = analyzer.words(name);
            if (words.size() > 1) {
                first.add(List.of(words.get(0)));
            }
        }
        return new ArrayList<>(first);
    }

    private List<List<String>> phrases(List<String> phrases) {
        List<List<String>> words = new ArrayList<>();
        phrases.forEach(phrase -> words.add(analyzer.words(phrase)));
        return words;
    }

    /** A query for any of {@code phrases} (each a list of terms), reporting whole places. */
    private static MonitorQuery query(String id, List<List<String>> phrases) {
        Set<List<String>> distinct = new LinkedHashSet<>(phrases);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (List<String> words : distinct) {
            any.add(phrase(words), Occur.SHOULD);
        }
        return new MonitorQuery(id, distinct.size() == 1 ? phrase(distinct.iterator().next()) : any.build(), null, WHOLE_PLACES);
    }

    private static Query phrase(List<String> words) {
        return words.size() == 1
                ? new TermQuery(new org.apache.lucene.index.Term(PostAnalyzer.FIELD, words.get(0)))
                : new PhraseQuery(PostAnalyzer.FIELD, words.toArray(String[]::new));
    }
}
