package org.switchboard.listener.watch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads and checks a watchlist's YAML. The first problem found is thrown as a
 * {@link WatchlistException} naming the file, the term (number from 1 and name) and the key.
 */
final class WatchlistFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final List<String> TERM_KEYS =
            List.of("name", "kind", "aliases", "handles", "hashtags", "variants", "exclude", "context", "query");
    /** Keys a term with a query may not have: what they say belongs in the query. */
    private static final List<String> NOT_WITH_QUERY =
            List.of("aliases", "handles", "hashtags", "variants", "exclude", "context");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final String KINDS =
            Stream.of(TermKind.values()).map(TermKind::code).collect(Collectors.joining(", "));

    private final String file;
    private final PostAnalyzer analyzer;
    private final BooleanQueryParser queries;
    private String where;

    private WatchlistFile(String file, PostAnalyzer analyzer) {
        this.file = file;
        this.analyzer = analyzer;
        this.queries = new BooleanQueryParser(analyzer);
        this.where = file;
    }

    /** The terms of {@code yaml}, checked; {@code file} names it in messages. */
    static List<Term> read(String yaml, String file) {
        try (PostAnalyzer analyzer = PostAnalyzer.forTerms()) {
            return new WatchlistFile(file, analyzer).terms(yaml);
        }
    }

    private List<Term> terms(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw fail("not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw fail("expected a mapping with the key 'terms'");
        }
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("terms")) {
                throw fail("unknown key '" + key + "' (known: terms)");
            }
        }
        JsonNode list = root.get("terms");
        if (list == null || list.isNull()) {
            throw fail("missing 'terms'");
        }
        if (!list.isArray()) {
            throw fail("'terms' must be a list of terms");
        }
        if (list.isEmpty()) {
            throw fail("'terms' is empty; list at least one term");
        }
        List<Term> terms = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Term term = term(list.get(i), i + 1);
            Integer first = names.putIfAbsent(term.name().toLowerCase(Locale.ROOT), i + 1);
            if (first != null) {
                throw fail("name: duplicate name; term " + first + " is also called '" + terms.get(first - 1).name() + "'");
            }
            terms.add(term);
            where = file;
        }
        return Collections.unmodifiableList(terms);
    }

    private Term term(JsonNode node, int number) {
        where = file + ": term " + number;
        if (!node.isObject()) {
            throw fail("expected a mapping with at least 'name' and 'kind'");
        }
        JsonNode nameNode = node.get("name");
        if (nameNode == null || nameNode.isNull()) {
            throw fail("missing 'name'");
        }
        String name = text(nameNode, "name").strip();
        if (name.isEmpty()) {
            throw fail("name is empty");
        }
        where = file + ": term " + number + " (" + name + ")";
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!TERM_KEYS.contains(key)) {
                throw fail("unknown key '" + key + "' (known: " + String.join(", ", TERM_KEYS) + ")");
            }
        }
        TermKind kind = kind(node.get("kind"));
        String query = null;
        if (node.has("query")) {
            for (String key : NOT_WITH_QUERY) {
                if (node.has(key)) {
                    throw fail("'" + key + "' cannot be used with 'query'; write it into the query");
                }
            }
            query = text(node.get("query"), "query").strip();
            if (query.isEmpty()) {
                throw fail("query is empty");
            }
            try {
                queries.parse(query);
            } catch (QuerySyntaxException e) {
                throw fail("query: " + e.getMessage() + ": " + query);
            }
        } else if (analyzer.words(name).isEmpty()) {
            throw fail("name: '" + name + "' has no letters or digits");
        }
        List<String> aliases = phrases(node, "aliases");
        List<String> handles = signed(node, "handles", '@');
        List<String> hashtags = signed(node, "hashtags", '#');
        Map<String, List<String>> variants = variants(node.get("variants"));
        List<String> exclude = phrases(node, "exclude");
        List<String> context = phrases(node, "context");
        Term term = new Term(name, kind, aliases, handles, hashtags, variants, exclude, context, query);
        for (String phrase : exclude) {
            if (!containsAName(phrase, term)) {
                throw fail("exclude: '" + phrase + "' contains none of the term's names, aliases, handles or "
                        + "hashtags, so it would exclude nothing");
            }
        }
        return term;
    }

    private TermKind kind(JsonNode node) {
        if (node == null || node.isNull()) {
            throw fail("missing 'kind' (one of " + KINDS + ")");
        }
        String code = text(node, "kind").strip();
        for (TermKind kind : TermKind.values()) {
            if (kind.code().equals(code.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw fail("kind: unknown kind '" + code + "' (known: " + KINDS + ")");
    }

    private List<String> phrases(JsonNode term, String key) {
        List<String> phrases = list(term.get(key), key);
        for (String phrase : phrases) {
            if (analyzer.words(phrase).isEmpty()) {
                throw fail(key + ": '" + phrase + "' has no letters or digits");
            }
        }
        return phrases;
    }

    private List<String> signed(JsonNode term, String key, char sign) {
        List<String> names = list(term.get(key), key);
        for (String name : names) {
            if (name.charAt(0) != sign) {
                throw fail(key + ": '" + name + "' must start with '" + sign + "'");
            }
            List<String> tokens = analyzer.tokens(name);
            if (tokens.size() != 2 || !PostAnalyzer.isSigned(tokens.get(0))) {
                throw fail(key + ": '" + name + "' must be '" + sign + "' followed by one word (letters, digits, _)");
            }
        }
        return names;
    }

    private Map<String, List<String>> variants(JsonNode node) {
        if (node == null) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw fail("variants must be a mapping of language code to names, e.g. {vi: [Công ty Acme]}");
        }
        if (node.isEmpty()) {
            throw fail("variants is empty; leave the key out or give at least one language");
        }
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> language = it.next();
            if (!LANGUAGE.matcher(language.getKey()).matches()) {
                throw fail("variants: '" + language.getKey() + "' is not a language code (ISO 639-1, e.g. vi, el, tl, ar)");
            }
            String key = "variants." + language.getKey();
            List<String> names = list(language.getValue(), key);
            for (String name : names) {
                if (analyzer.words(name).isEmpty()) {
                    throw fail(key + ": '" + name + "' has no letters or digits");
                }
            }
            variants.put(language.getKey(), names);
        }
        return variants;
    }

    private List<String> list(JsonNode node, String key) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw fail(key + " must be a list, e.g. " + key + ": [\"...\"]");
        }
        if (node.isEmpty()) {
            throw fail(key + " is empty; leave the key out or list at least one");
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String item = text(node.get(i), key).strip();
            if (item.isEmpty()) {
                throw fail(key + ": item " + (i + 1) + " is empty");
            }
            items.add(item);
        }
        return items;
    }

    private String text(JsonNode node, String key) {
        if (!node.isTextual()) {
            throw fail(key + " must be text" + (node.isValueNode() ? " (put '" + node.asText() + "' in quotes)" : ""));
        }
        return node.textValue();
    }

    /** Whether the words of {@code phrase} hold those of one of the term's names, handles or hashtags. */
    private boolean containsAName(String phrase, Term term) {
        List<String> words = analyzer.words(phrase);
        List<List<String>> names = new ArrayList<>();
        term.names().forEach(name -> names.add(analyzer.words(name)));
        Stream.concat(term.handles().stream(), term.hashtags().stream())
                .forEach(signed -> names.add(analyzer.words(signed)));
        for (List<String> name : names) {
            if (Collections.indexOfSubList(words, name) >= 0) {
                return true;
            }
        }
        return false;
    }

    private WatchlistException fail(String problem) {
        return new WatchlistException(where + ": " + problem);
    }
}
