package org.switchboard.listener.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Reads the Boolean syntax of social-listening tools into a Lucene query on a post's words.
 *
 * <pre>
 * query   = or
 * or      = and { "OR" and }
 * and     = unary { ["AND"] unary }          words side by side mean AND
 * unary   = "NOT" unary | near
 * near    = primary { "NEAR/" n primary }    within n words, either order
 * primary = word | wildcard | "quoted phrase" | "(" or ")"
 * </pre>
 *
 * Operators are upper case ("and" is a word). Words and phrases are analysed like posts
 * ({@link PostAnalyzer}); "@acme" and "#acme" are a handle and a hashtag; {@code *} and
 * {@code ?} in a word make a wildcard. NEAR becomes an unordered interval query with at most n
 * words between its sides, whose sides may be words, wildcards, phrases, OR groups and other
 * NEARs. A query must have something that is not negated.
 */
final class BooleanQueryParser {
    /** The most words NEAR/n may allow between its sides. */
    static final int MAX_DISTANCE = 100;
    /** A wildcard in NEAR may match this many different words of one post (Lucene's clause limit). */
    private static final int MAX_WILDCARD_EXPANSIONS = 1024;
    private static final Pattern NEAR = Pattern.compile("NEAR/(\\d{1,3})");

    private final PostAnalyzer analyzer;
    private List<Token> tokens;
    private int next;
    private int end;

    BooleanQueryParser(PostAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The Lucene query {@code query} means; throws {@link QuerySyntaxException} if it means none. */
    synchronized Query parse(String query) {
        tokens = lex(query);
        next = 0;
        end = query.length();
        if (tokens.isEmpty()) {
            throw new QuerySyntaxException("the query is empty", 0);
        }
        Node root = or();
        if (next < tokens.size()) {
            Token extra = tokens.get(next);
            throw new QuerySyntaxException(extra.kind == Kind.CLOSE ? "')' without '('" : "unexpected '" + extra.text + "'",
                    extra.at);
        }
        return root.query(this);
    }

    // ---------------------------------------------------------------- lexing

    private enum Kind { WORD, PHRASE, OPEN, CLOSE, AND, OR, NOT, NEAR }

    private record Token(Kind kind, String text, int at, int distance) {
    }

    private static List<Token> lex(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), i, 0));
                i++;
            } else if (c == '"') {
                int close = query.indexOf('"', i + 1);
                if (close < 0) {
                    throw new QuerySyntaxException("unclosed quote", i);
                }
                tokens.add(new Token(Kind.PHRASE, query.substring(i + 1, close), i, 0));
                i = close + 1;
            } else {
                int start = i;
                while (i < query.length() && !Character.isWhitespace(query.charAt(i)) && "()\"".indexOf(query.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(word(query.substring(start, i), start));
            }
        }
        return tokens;
    }

    private static Token word(String text, int at) {
        switch (text) {
            case "AND": return new Token(Kind.AND, text, at, 0);
            case "OR": return new Token(Kind.OR, text, at, 0);
            case "NOT": return new Token(Kind.NOT, text, at, 0);
            default: break;
        }
        if (text.equals("NEAR") || text.startsWith("NEAR/")) {
            Matcher near = NEAR.matcher(text);
            if (!near.matches()) {
                throw new QuerySyntaxException("NEAR needs a distance in words, e.g. NEAR/3, not '" + text + "'", at);
            }
            int distance = Integer.parseInt(near.group(1));
            if (distance > MAX_DISTANCE) {
                throw new QuerySyntaxException("NEAR/" + distance + " is too far (at most NEAR/" + MAX_DISTANCE + ")", at);
            }
            return new Token(Kind.NEAR, text, at, distance);
        }
        return new Token(Kind.WORD, text, at, 0);
    }

    // ---------------------------------------------------------------- parsing

    private Token peek() {
        return next < tokens.size() ? tokens.get(next) : null;
    }

    private boolean at(Kind kind) {
        Token token = peek();
        return token != null && token.kind == kind;
    }

    private Node or() {
        List<Node> parts = new ArrayList<>();
        parts.add(and());
        int at = parts.get(0).at();
        while (at(Kind.OR)) {
            next++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Or(parts, at);
    }

    private Node and() {
        List<Node> parts = new ArrayList<>();
        parts.add(unary());
        int at = parts.get(0).at();
        while (true) {
            if (at(Kind.AND)) {
                next++;
            } else if (!(at(Kind.WORD) || at(Kind.PHRASE) || at(Kind.OPEN) || at(Kind.NOT))) {
                break;
            }
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new And(parts, at);
    }

    private Node unary() {
        if (at(Kind.NOT)) {
            Token not = tokens.get(next++);
            return new Not(unary(), not.at);
        }
        return near();
    }

    private Node near() {
        Node left = primary();
        while (at(Kind.NEAR)) {
            Token near = tokens.get(next++);
            Node right = primary();
            left = new Near(left, right, near.distance, near.at);
        }
        return left;
    }

    private Node primary() {
        Token token = peek();
        if (token == null) {
            Token last = tokens.get(tokens.size() - 1);
            throw new QuerySyntaxException("the query ends after '" + last.text + "'; expected a word, a quoted phrase or '('", end);
        }
        next++;
        switch (token.kind) {
            case WORD:
                return token.text.indexOf('*') >= 0 || token.text.indexOf('?') >= 0
                        ? new Wildcard(token.text, token.at) : new Words(token.text, token.at, false);
            case PHRASE:
                return new Words(token.text, token.at, true);
            case OPEN: {
                Node inside = or();
                if (!at(Kind.CLOSE)) {
                    throw new QuerySyntaxException("'(' is never closed", token.at);
                }
                next++;
                return inside;
            }
            default:
                throw new QuerySyntaxException("expected a word, a quoted phrase or '(' but found '" + token.text + "'", token.at);
        }
    }

    // ---------------------------------------------------------------- the parsed query

    private sealed interface Node permits Words, Wildcard, And, Or, Not, Near {
        int at();

        /** The Lucene query. */
        Query query(BooleanQueryParser parser);

        /** The same as a side of a NEAR. */
        IntervalsSource intervals(BooleanQueryParser parser);
    }

    /** A word or a quoted phrase (or a word the analyser cuts in two, like "wi-fi"). */
    private record Words(String text, int at, boolean quoted) implements Node {
        List<String> terms(BooleanQueryParser parser) {
            if (!quoted && PostAnalyzer.isSigned(text)) {
                List<String> tokens = parser.analyzer.tokens(text);
                if (tokens.size() != 2 || !PostAnalyzer.isSigned(tokens.get(0))) {
                    throw new QuerySyntaxException("'" + text + "' is not a handle or hashtag (a sign and one word)", at);
                }
                return List.of(tokens.get(0));
            }
            List<String> words = parser.analyzer.words(text);
            if (words.isEmpty()) {
                throw new QuerySyntaxException((quoted ? "the phrase \"" + text + "\"" : "'" + text + "'")
                        + " has no letters or digits", at);
            }
            return words;
        }

        @Override
        public Query query(BooleanQueryParser parser) {
            List<String> terms = terms(parser);
            if (terms.size() == 1) {
                return new TermQuery(new Term(PostAnalyzer.FIELD, terms.get(0)));
            }
            return new PhraseQuery(PostAnalyzer.FIELD, terms.toArray(String[]::new));
        }

        @Override
        public IntervalsSource intervals(BooleanQueryParser parser) {
            List<String> terms = terms(parser);
            return terms.size() == 1 ? Intervals.term(terms.get(0)) : Intervals.phrase(terms.toArray(String[]::new));
        }
    }

    /** A word with {@code *} (any chars) or {@code ?} (one char). */
    private record Wildcard(String text, int at) implements Node {
        String pattern(BooleanQueryParser parser) {
            if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new QuerySyntaxException("the wildcard '" + text + "' needs at least one letter or digit", at);
            }
            return parser.analyzer.fold(text);
        }

        @Override
        public Query query(BooleanQueryParser parser) {
            return new WildcardQuery(new Term(PostAnalyzer.FIELD, pattern(parser)));
        }

        @Override
        public IntervalsSource intervals(BooleanQueryParser parser) {
            return Intervals.wildcard(new BytesRef(pattern(parser)), MAX_WILDCARD_EXPANSIONS);
        }
    }

    private record And(List<Node> parts, int at) implements Node {
        @Override
        public Query query(BooleanQueryParser parser) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            boolean positive = false;
            for (Node part : parts) {
                if (part instanceof Not not) {
                    all.add(not.negated.query(parser), Occur.MUST_NOT);
                } else {
                    all.add(part.query(parser), Occur.MUST);
                    positive = true;
                }
            }
            if (!positive) {
                throw new QuerySyntaxException("only NOT parts: say what to look for, e.g. 'acme NOT anvil'", at);
            }
            return all.build();
        }

        @Override
        public IntervalsSource intervals(BooleanQueryParser parser) {
            throw new QuerySyntaxException("AND cannot be a side of NEAR (NEAR takes words, phrases, wildcards and OR groups)", at);
        }
    }

    private record Or(List<Node> parts, int at) implements Node {
        @Override
        public Query query(BooleanQueryParser parser) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Node part : parts) {
                if (part instanceof Not not) {
                    throw new QuerySyntaxException("NOT cannot be a part of OR; write 'a AND NOT b' or '(a OR b) NOT c'", not.at);
                }
                any.add(part.query(parser), Occur.SHOULD);
            }
            return any.build();
        }

        @Override
        public IntervalsSource intervals(BooleanQueryParser parser) {
            List<IntervalsSource> sources = new ArrayList<>();
            for (Node part : parts) {
                sources.add(part.intervals(parser));
            }
            return Intervals.or(sources);
        }
    }

    private record Not(Node negated, int at) implements Node {
        @Override
        public Query query(BooleanQueryParser parser) {
            throw new QuerySyntaxException("NOT needs something to exclude from: say what to look for, e.g. 'acme NOT anvil'", at);
        }

        @Override
        public IntervalsSource intervals(BooleanQueryParser parser) {
            throw new QuerySyntaxException("NOT cannot be a side of NEAR", at);
        }
    }

    private record Near(Node left, Node right, int distance, int at) implements Node {
        @Override
        public Query query(BooleanQueryParser parser) {
            return new IntervalQuery(PostAnalyzer.FIELD, intervals(parser));
        }

        @Override
        public IntervalsSource intervals(BooleanQueryParser parser) {
            return Intervals.maxgaps(distance, Intervals.unordered(left.intervals(parser), right.intervals(parser)));
        }
    }
}
