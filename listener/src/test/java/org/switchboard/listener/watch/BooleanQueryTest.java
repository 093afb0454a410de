package org.switchboard.listener.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Terms with a Boolean query: every operator, and where the matches are. */
class BooleanQueryTest {

    /** What a term with {@code query} finds in {@code text}, as {@code Q[text]}. */
    private static List<String> found(String query, String text) {
        String yaml = "terms:\n  - name: Q\n    kind: brand\n    query: '" + query.replace("'", "''") + "'\n";
        try (WatchlistMatcher matcher = Found.matcher(yaml)) {
            return Found.in(matcher, text);
        }
    }

    private static boolean matches(String query, String text) {
        return !found(query, text).isEmpty();
    }

    @Test
    void and() {
        assertEquals(List.of("Q[Acme]", "Q[refund]"), found("acme AND refund", "Acme still owes me a refund"));
        assertEquals(List.of(), found("acme AND refund", "Acme owes me nothing"));
    }

    @Test
    void wordsSideBySideMeanAnd() {
        assertEquals(true, matches("acme refund", "refund from acme"));
        assertEquals(false, matches("acme refund", "acme only"));
    }

    @Test
    void or() {
        assertEquals(List.of("Q[money back]"), found("refund OR \"money back\"", "I want my money back"));
        assertEquals(List.of("Q[refund]"), found("refund OR \"money back\"", "where is my refund"));
        assertEquals(false, matches("refund OR \"money back\"", "back to the money"));
    }

    @Test
    void not() {
        assertEquals(true, matches("acme NOT anvil", "acme broke my phone"));
        assertEquals(false, matches("acme NOT anvil", "the acme anvil fell"));
        assertEquals(false, matches("acme AND NOT (anvil OR coyote)", "acme and the coyote"));
    }

    @Test
    void quotedPhrasesKeepTheirOrder() {
        assertEquals(true, matches("\"money back\"", "money back now"));
        assertEquals(false, matches("\"money back\"", "back money now"));
    }

    @Test
    void wildcards() {
        assertEquals(List.of("Q[refunded]"), found("refund*", "they refunded me"));
        assertEquals(List.of("Q[refunds]"), found("refunds*", "no refunds"), "the word as written, not only its singular");
        assertEquals(List.of("Q[ACME]"), found("ac?e", "ACME"));
        assertEquals(false, matches("ac?e", "ace"), "? is one char, not none");
        assertEquals(List.of("Q[@acmefibre]"), found("@acme*", "hi @acmefibre"));
    }

    @Test
    void nearWithinTheDistanceEitherWay() {
        assertEquals(List.of("Q[acme]", "Q[refund]"), found("acme NEAR/3 refund", "acme will not refund"));
        assertEquals(true, matches("acme NEAR/3 refund", "acme a b c refund"), "three words between");
        assertEquals(true, matches("acme NEAR/3 refund", "refund? a b c acme"), "the other way round");
        assertEquals(List.of("Q[acme refund]"), found("acme NEAR/3 refund", "acme refund"), "side by side is one place");
    }

    @Test
    void nearBeyondTheDistance() {
        assertEquals(false, matches("acme NEAR/3 refund", "acme a b c d refund"), "four words between");
        assertEquals(false, matches("acme NEAR/0 refund", "acme gave refund"));
        assertEquals(true, matches("acme NEAR/0 refund", "refund acme"));
    }

    @Test
    void nearTakesGroupsPhrasesAndWildcards() {
        String query = "(acme OR @acmesupport) NEAR/2 (refund* OR \"money back\")";
        assertEquals(List.of("Q[@acmesupport]", "Q[refunding]"), found(query, "@acmesupport is not refunding"));
        assertEquals(List.of("Q[money back]", "Q[Acme]"), found(query, "money back from Acme?"));
        assertEquals(false, matches(query, "acme: we never give the money back"));
    }

    @Test
    void andBindsTighterThanOr() {
        assertEquals(true, matches("apple OR acme AND refund", "apple"));
        assertEquals(false, matches("apple OR acme AND refund", "acme"));
        assertEquals(true, matches("(apple OR acme) AND refund", "acme refund"));
    }

    @Test
    void lowerCaseOperatorsAreWords() {
        assertEquals(false, matches("acme and refund", "acme refund"));
        assertEquals(true, matches("acme and refund", "acme and refund"));
    }

    @Test
    void upperCaseWordsThatOnlyStartLikeAnOperatorAreWords() {
        assertEquals(true, matches("acme NEARBY", "an acme store nearby"));
        assertEquals(true, matches("ANDROID OR ORANGE", "my android phone"));
    }

    @Test
    void queryWordsAreAnalysedLikePosts() {
        assertEquals(true, matches("\"cáp quang\" AND άκμε", "CAP QUANG ακμε"));
        assertEquals(true, matches("acme's", "Acme’s"));
        assertEquals(true, matches("#acme", "#ACME rocks"));
        assertEquals(false, matches("#acme", "acme rocks"));
    }

    private static String error(String query) {
        String yaml = "terms:\n  - name: Q\n    kind: brand\n    query: '" + query.replace("'", "''") + "'\n";
        return assertThrows(WatchlistException.class, () -> Watchlist.parse(yaml, "w.yaml")).getMessage();
    }

    @Test
    void syntaxErrorsSayWhere() {
        assertEquals("w.yaml: term 1 (Q): query: unclosed quote at character 10: acme AND \"money back",
                error("acme AND \"money back"));
        assertEquals("w.yaml: term 1 (Q): query: '(' is never closed at character 6: acme (refund OR money",
                error("acme (refund OR money"));
        assertEquals("w.yaml: term 1 (Q): query: ')' without '(' at character 12: acme refund)",
                error("acme refund)"));
        assertEquals("w.yaml: term 1 (Q): query: the query ends after 'AND'; expected a word, a quoted phrase or '(' "
                + "at character 9: acme AND", error("acme AND"));
        assertEquals("w.yaml: term 1 (Q): query: expected a word, a quoted phrase or '(' but found 'OR' at character 1: "
                + "OR acme", error("OR acme"));
        assertEquals("w.yaml: term 1 (Q): query: NEAR needs a distance in words, e.g. NEAR/3, not 'NEAR' at character 6: "
                + "acme NEAR refund", error("acme NEAR refund"));
        assertEquals("w.yaml: term 1 (Q): query: NEAR/500 is too far (at most NEAR/100) at character 6: acme NEAR/500 refund",
                error("acme NEAR/500 refund"));
    }

    @Test
    void meaningErrorsSayWhere() {
        assertEquals("w.yaml: term 1 (Q): query: NOT needs something to exclude from: say what to look for, "
                + "e.g. 'acme NOT anvil' at character 1: NOT acme", error("NOT acme"));
        assertEquals("w.yaml: term 1 (Q): query: only NOT parts: say what to look for, e.g. 'acme NOT anvil' "
                + "at character 1: NOT acme NOT anvil", error("NOT acme NOT anvil"));
        assertEquals("w.yaml: term 1 (Q): query: NOT cannot be a part of OR; write 'a AND NOT b' or '(a OR b) NOT c' "
                + "at character 9: acme OR NOT anvil", error("acme OR NOT anvil"));
        assertEquals("w.yaml: term 1 (Q): query: AND cannot be a side of NEAR (NEAR takes words, phrases, wildcards "
                + "and OR groups) at character 2: (acme AND x) NEAR/2 refund", error("(acme AND x) NEAR/2 refund"));
        assertEquals("w.yaml: term 1 (Q): query: the wildcard '*' needs at least one letter or digit at character 6: "
                + "acme *", error("acme *"));
        assertEquals("w.yaml: term 1 (Q): query: the phrase \"!!\" has no letters or digits at character 6: acme \"!!\"",
                error("acme \"!!\""));
        assertEquals("w.yaml: term 1 (Q): query: expected a word, a quoted phrase or '(' but found ')' at character 2: ()",
                error("()"));
    }
}
