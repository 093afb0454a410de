package org.switchboard.listener.watch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One watched name: a brand, product, staff member or company, as the watchlist file gives it.
 *
 * @param name     the name shown for matches ("Acme"); unique in the watchlist, case ignored. It is
 *                 also a form to match, unless the term has a {@code query}
 * @param kind     what the name names
 * @param aliases  other spellings and names ("ACME Corp")
 * @param handles  social handles, each starting with "@" ("@acme")
 * @param hashtags hashtags, each starting with "#" ("#acme")
 * @param variants names in other languages, by ISO 639-1 code ({@code vi: [Công ty Acme]}); they
 *                 match in any post, whatever its language
 * @param exclude  phrases inside which a match does not count ("apple pie" for Apple)
 * @param context  words of which one must appear in the post for the term to count; empty: none
 *                 needed
 * @param query    a Boolean query that decides alone whether the term matches, or {@code null};
 *                 a term with a query has no aliases, handles, hashtags, variants, exclude or
 *                 context (they belong in the query)
 */
public record Term(String name, TermKind kind, List<String> aliases, List<String> handles, List<String> hashtags,
                   Map<String, List<String>> variants, List<String> exclude, List<String> context, String query) {
    public Term {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        handles = List.copyOf(handles == null ? List.of() : handles);
        hashtags = List.copyOf(hashtags == null ? List.of() : hashtags);
        exclude = List.copyOf(exclude == null ? List.of() : exclude);
        context = List.copyOf(context == null ? List.of() : context);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (variants != null) {
            variants.forEach((language, names) -> copy.put(language, List.copyOf(names)));
        }
        variants = Collections.unmodifiableMap(copy);
    }

    /** A term matched by its name alone. */
    public static Term named(String name, TermKind kind) {
        return new Term(name, kind, List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), null);
    }

    /** Whether a Boolean query decides this term. */
    public boolean hasQuery() {
        return query != null;
    }

    /** The written forms that match this term: the name, the aliases, then the variants. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases);
        variants.values().forEach(names::addAll);
        return names;
    }
}
