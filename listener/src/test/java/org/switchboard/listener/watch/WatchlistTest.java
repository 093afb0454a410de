package org.switchboard.listener.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a watchlist: what the file may say, and the messages when it is wrong. */
class WatchlistTest {
    private static final Path DEMO = Path.of("../config/listener/watchlist.yaml");

    private static String error(String yaml) {
        return assertThrows(WatchlistException.class, () -> Watchlist.parse(yaml, "w.yaml")).getMessage();
    }

    @Test
    void theFormatOfTheIssue() {
        Watchlist watchlist = Watchlist.parse("terms: [{name: Acme, kind: brand, aliases: [ACME Corp], handles: [\"@acme\"], "
                + "hashtags: [\"#acme\"], exclude: [\"acme anvil meme\"]}, {name: \"Maria Santos\", kind: staff}]", "w.yaml");
        assertEquals(List.of(
                new Term("Acme", TermKind.BRAND, List.of("ACME Corp"), List.of("@acme"), List.of("#acme"), Map.of(),
                        List.of("acme anvil meme"), List.of(), null),
                Term.named("Maria Santos", TermKind.STAFF)), watchlist.terms());
    }

    @Test
    void variantsContextAndQuery() {
        Watchlist watchlist = Watchlist.parse("""
                terms:
                  - name: Acme Fibre
                    kind: PRODUCT
                    variants: {vi: [Cáp quang Acme], el: [Acme Οπτική Ίνα, Άκμε Ίνα]}
                    context: [internet]
                  - name: Acme refunds
                    kind: brand
                    query: 'acme NEAR/3 refund'
                """, "w.yaml");
        Term fibre = watchlist.terms().get(0);
        assertEquals(TermKind.PRODUCT, fibre.kind());
        assertEquals(Map.of("vi", List.of("Cáp quang Acme"), "el", List.of("Acme Οπτική Ίνα", "Άκμε Ίνα")), fibre.variants());
        assertEquals(List.of("vi", "el"), List.copyOf(fibre.variants().keySet()), "the file's order");
        assertEquals(List.of("internet"), fibre.context());
        assertNull(fibre.query());
        assertEquals("acme NEAR/3 refund", watchlist.terms().get(1).query());
        assertTrue(watchlist.terms().get(1).hasQuery());
    }

    @Test
    void theDemoWatchlistLoadsAndFindsAcme() {
        Watchlist demo = Watchlist.load(DEMO);
        assertTrue(demo.terms().size() >= 10, "brand, company, products, staff and queries");
        for (TermKind kind : TermKind.values()) {
            assertTrue(demo.terms().stream().anyMatch(t -> t.kind() == kind), "a " + kind.code() + " term");
        }
        try (WatchlistMatcher matcher = WatchlistMatcher.of(demo)) {
            assertEquals(List.of("Acme[@acmesupport]", "Acme refunds[@acmesupport]", "Acme refunds[refund]"),
                    Found.in(matcher, "@acmesupport where is my refund?"));
            assertEquals(List.of("Acme Fibre[Acme Fibre]", "Acme outage[Acme Fibre]", "Acme[Acme]", "Acme outage[down]"),
                    Found.in(matcher, "Acme Fibre down again"), "by start, the longer first");
            assertEquals(List.of("Maria Santos[Maria]", "Acme[Acme]"), Found.in(matcher, "Maria at Acme sorted it, thanks"));
            assertEquals(List.of(), Found.in(matcher, "wile e coyote and the acme anvil"));
        }
    }

    @Test
    void aMissingFileIsNamed() {
        String message = assertThrows(WatchlistException.class, () -> Watchlist.load(Path.of("no/such/watchlist.yaml")))
                .getMessage();
        assertTrue(message.startsWith("no/such/watchlist.yaml: cannot read the watchlist"), message);
    }

    @Test
    void notYaml() {
        assertTrue(error("terms: [unclosed").startsWith("w.yaml: not valid YAML: "), error("terms: [unclosed"));
        assertEquals("w.yaml: expected a mapping with the key 'terms'", error("- just a list"));
    }

    @Test
    void unknownKeys() {
        assertEquals("w.yaml: unknown key 'term' (known: terms)", error("term: []"));
        assertEquals("w.yaml: term 1 (Acme): unknown key 'alias' (known: name, kind, aliases, handles, hashtags, variants, "
                + "exclude, context, query)", error("terms: [{name: Acme, kind: brand, alias: [ACME Corp]}]"));
    }

    @Test
    void missingOrEmptyTerms() {
        assertEquals("w.yaml: missing 'terms'", error("terms:"));
        assertEquals("w.yaml: 'terms' is empty; list at least one term", error("terms: []"));
        assertEquals("w.yaml: 'terms' must be a list of terms", error("terms: {name: Acme}"));
        assertEquals("w.yaml: term 2: expected a mapping with at least 'name' and 'kind'",
                error("terms: [{name: Acme, kind: brand}, Acme]"));
    }

    @Test
    void nameAndKind() {
        assertEquals("w.yaml: term 2: missing 'name'", error("terms: [{name: Acme, kind: brand}, {kind: staff}]"));
        assertEquals("w.yaml: term 1: name is empty", error("terms: [{name: ' ', kind: brand}]"));
        assertEquals("w.yaml: term 1 (Acme): missing 'kind' (one of brand, product, staff, company)",
                error("terms: [{name: Acme}]"));
        assertEquals("w.yaml: term 1 (Acme): kind: unknown kind 'brnd' (known: brand, product, staff, company)",
                error("terms: [{name: Acme, kind: brnd}]"));
        assertEquals("w.yaml: term 1 (!!!): name: '!!!' has no letters or digits", error("terms: [{name: '!!!', kind: brand}]"));
    }

    @Test
    void handlesAndHashtagsNeedTheirSign() {
        assertEquals("w.yaml: term 1 (Acme): handles: 'acme' must start with '@'",
                error("terms: [{name: Acme, kind: brand, handles: [acme]}]"));
        assertEquals("w.yaml: term 1 (Acme): hashtags: '@acme' must start with '#'",
                error("terms: [{name: Acme, kind: brand, hashtags: ['@acme']}]"));
        assertEquals("w.yaml: term 1 (Acme): handles: '@acme support' must be '@' followed by one word (letters, digits, _)",
                error("terms: [{name: Acme, kind: brand, handles: ['@acme support']}]"));
    }

    @Test
    void duplicateNamesCaseIgnored() {
        assertEquals("w.yaml: term 3 (ACME): name: duplicate name; term 1 is also called 'Acme'",
                error("terms: [{name: Acme, kind: brand}, {name: Fibre, kind: product}, {name: ACME, kind: company}]"));
    }

    @Test
    void emptyListsAndItems() {
        assertEquals("w.yaml: term 1 (Acme): aliases is empty; leave the key out or list at least one",
                error("terms: [{name: Acme, kind: brand, aliases: []}]"));
        assertEquals("w.yaml: term 1 (Acme): context: item 2 is empty",
                error("terms: [{name: Acme, kind: brand, context: [plan, '']}]"));
        assertEquals("w.yaml: term 1 (Acme): exclude must be a list, e.g. exclude: [\"...\"]",
                error("terms: [{name: Acme, kind: brand, exclude: acme anvil}]"));
        assertEquals("w.yaml: term 1 (Acme): aliases must be text (put '42' in quotes)",
                error("terms: [{name: Acme, kind: brand, aliases: [42]}]"));
    }

    @Test
    void variantsByLanguage() {
        assertEquals("w.yaml: term 1 (Acme): variants is empty; leave the key out or give at least one language",
                error("terms: [{name: Acme, kind: brand, variants: {}}]"));
        assertEquals("w.yaml: term 1 (Acme): variants.vi is empty; leave the key out or list at least one",
                error("terms: [{name: Acme, kind: brand, variants: {vi: []}}]"));
        assertEquals("w.yaml: term 1 (Acme): variants: 'Greek' is not a language code (ISO 639-1, e.g. vi, el, tl, ar)",
                error("terms: [{name: Acme, kind: brand, variants: {Greek: [Άκμε]}}]"));
        assertEquals("w.yaml: term 1 (Acme): variants must be a mapping of language code to names, e.g. {vi: [Công ty Acme]}",
                error("terms: [{name: Acme, kind: brand, variants: [Άκμε]}]"));
    }

    @Test
    void anExclusionMustHoldTheTerm() {
        assertEquals("w.yaml: term 1 (Apple): exclude: 'cherry pie' contains none of the term's names, aliases, handles "
                + "or hashtags, so it would exclude nothing",
                error("terms: [{name: Apple, kind: company, exclude: [cherry pie]}]"));
    }

    @Test
    void aQueryStandsAlone() {
        assertEquals("w.yaml: term 1 (Acme): 'aliases' cannot be used with 'query'; write it into the query",
                error("terms: [{name: Acme, kind: brand, aliases: [ACME Corp], query: acme}]"));
        assertEquals("w.yaml: term 1 (Acme): query is empty", error("terms: [{name: Acme, kind: brand, query: ' '}]"));
    }

    @Test
    void badQuerySyntaxSaysWhere() {
        assertEquals("w.yaml: term 2 (Refunds): query: '(' is never closed at character 6: acme (refund OR money",
                error("terms: [{name: Acme, kind: brand}, {name: Refunds, kind: brand, query: 'acme (refund OR money'}]"));
    }
}
