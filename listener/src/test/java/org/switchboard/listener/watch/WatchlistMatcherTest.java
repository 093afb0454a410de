package org.switchboard.listener.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What counts as a mention of a watched name, and where the matcher says it is. */
class WatchlistMatcherTest {
    private static final String WATCHLIST = """
            terms:
              - {name: Acme, kind: brand, aliases: [ACME Corp], handles: ["@acme"], hashtags: ["#acme"],
                 exclude: ["acme anvil meme"]}
              - {name: Apple, kind: company, exclude: ["apple pie"]}
              - name: Acme Fibre
                kind: product
                variants:
                  vi: [Cáp quang Acme]
                  el: [Οπτική Ίνα Άκμε]
                  ar: [ألياف أكمي]
              - {name: Flex, kind: product, context: [plan, data, sim card]}
              - {name: Router, kind: product}
              - {name: "Maria Santos", kind: staff}
            """;
    private static WatchlistMatcher matcher;

    @BeforeAll
    static void build() {
        matcher = Found.matcher(WATCHLIST);
    }

    @AfterAll
    static void close() {
        matcher.close();
    }

    private static List<String> found(String text) {
        return Found.in(matcher, text);
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals(List.of("Acme[ACME]", "Acme[acme]", "Acme[AcMe]"), found("ACME, acme and AcMe"));
    }

    @Test
    void aliasesMatchAsPhrases() {
        assertEquals(List.of("Acme[ACME Corp]", "Acme[acme]"), found("ACME Corp is acme"));
        assertEquals(List.of("Acme[Acme]"), found("Acme is a big corp"), "the alias's words must be side by side");
    }

    @Test
    void vietnameseWithOrWithoutDiacritics() {
        assertEquals(List.of("Acme Fibre[Cap quang acme]", "Acme[acme]"), found("Cap quang acme hong roi"));
        assertEquals(List.of("Acme Fibre[CÁP QUANG ACME]", "Acme[ACME]"), found("CÁP QUANG ACME hỏng rồi"));
    }

    @Test
    void greekWithOrWithoutTonosAndCase() {
        assertEquals(List.of("Acme Fibre[οπτικη ινα ακμε]"), found("η οπτικη ινα ακμε δεν λειτουργει"));
        assertEquals(List.of("Acme Fibre[ΟΠΤΙΚΉ ΊΝΑ ΆΚΜΕ]"), found("Η ΟΠΤΙΚΉ ΊΝΑ ΆΚΜΕ ΔΕΝ ΛΕΙΤΟΥΡΓΕΙ"));
    }

    @Test
    void arabicWithOrWithoutHamzaAndVowelMarks() {
        assertEquals(List.of("Acme Fibre[ألياف أكمي]"), found("ألياف أكمي بطيئة"));
        assertEquals(List.of("Acme Fibre[الياف اكمي]"), found("الياف اكمي بطيئة"));
        assertEquals(List.of("Acme Fibre[أَلْيَاف أَكْمِي]"), found("أَلْيَاف أَكْمِي بطيئة"));
    }

    @Test
    void wholeWordsOnly() {
        assertEquals(List.of(), found("pineapple juice and snapple"));
        assertEquals(List.of("Apple[Apple]"), found("pineapple juice at the Apple store"));
        assertEquals(List.of(), found("acmeville is not acme-ish", "Acme"), "a word that only starts with the name");
    }

    private static List<String> found(String text, String term) {
        return found(text).stream().filter(f -> f.startsWith(term + "[") && !f.contains("[acme]")).toList();
    }

    @Test
    void possessivesWithEitherApostrophe() {
        assertEquals(List.of("Acme[Acme's]"), found("Acme's support"));
        assertEquals(List.of("Acme[Acme’s]"), found("Acme’s support"));
        assertEquals(List.of("Acme[Acme's]", "Maria Santos[Maria]"), found("Acme's Maria"));
    }

    @Test
    void plurals() {
        assertEquals(List.of("Router[routers]"), found("both routers died"));
        assertEquals(List.of("Acme Fibre[Acme Fibres]", "Acme[Acme]"), found("two Acme Fibres"));
    }

    @Test
    void handlesAndHashtagsWithTheirSign() {
        assertEquals(List.of("Acme[@acme]", "Acme[#acme]"), found("@acme help #acme"));
        assertEquals(List.of("Acme[@ACME]"), found("@ACME!"));
    }

    @Test
    void aLongerHandleOrHashtagIsNotTheTerm() {
        assertEquals(List.of(), found("@acmefan and #acmefan and @acme_support"));
    }

    @Test
    void anAtInsideAWordIsNoHandle() {
        // "info@acme.example" is one word to Unicode's word rules, neither a handle nor the name
        assertEquals(List.of(), found("write to info@acme.example"));
    }

    @Test
    void exclusionsHideOnlyTheMatchInsideThem() {
        assertEquals(List.of(), found("that acme anvil meme again"));
        assertEquals(List.of(), found("that @acme anvil meme again"));
        assertEquals(List.of("Acme[Acme]"), found("acme anvil meme, but Acme support is slow"));
        assertEquals(List.of(), found("grandma's apple pie"));
        assertEquals(List.of("Apple[Apple]"), found("apple pie at the Apple store"));
    }

    @Test
    void contextWordsAreNeeded() {
        assertEquals(List.of(), found("flex your muscles"));
        assertEquals(List.of("Flex[flex]"), found("my flex plan ran out"));
        assertEquals(List.of("Flex[Flex]"), found("Flex needs a new SIM card"));
    }

    @Test
    void staffByFullName() {
        assertEquals(List.of("Maria Santos[Maria Santos]"), found("Maria Santos helped me"));
        assertEquals(List.of("Maria Santos[MARIA SANTOS's]"), found("MARIA SANTOS's team"));
    }

    @Test
    void staffByFirstNameNearABrand() {
        assertEquals(List.of("Maria Santos[Maria]", "Acme[Acme]"), found("Maria from Acme was kind"));
        assertEquals(List.of("Maria Santos[maria]", "Acme[@acme]"), found("thanks maria @acme"));
        assertEquals(List.of("Maria Santos[Maria]", "Apple[Apple]"), found("Maria, the manager at Apple"));
    }

    @Test
    void aFirstNameAloneIsNoStaffMatch() {
        assertEquals(List.of(), found("Maria helped me"));
        assertEquals(List.of("Acme[Acme]"), found("Maria went to the shop and bought Acme"), "too far from the brand");
        assertEquals(List.of("Router[router]"), found("Maria bought a router"), "a product is not a brand");
    }

    @Test
    void spansAreCharOffsetsIntoTheText() {
        String text = "Hi @acme, Maria from ACME Corp said no 🙂 #acme";
        List<TermMatch> matches = matcher.match(text);
        assertEquals(List.of(
                new TermMatch("Acme", TermKind.BRAND, 3, 8),
                new TermMatch("Maria Santos", TermKind.STAFF, 10, 15),
                new TermMatch("Acme", TermKind.BRAND, 21, 30),
                new TermMatch("Acme", TermKind.BRAND, 42, 47)), matches);
        assertEquals("ACME Corp", text.substring(21, 30));
        assertEquals("#acme", text.substring(42, 47), "the emoji before it is two chars");
    }

    @Test
    void oneEntryPerPlace() {
        assertEquals(List.of("Acme[acme]", "Acme[acme]"), found("acme acme"));
        assertEquals(List.of("Acme[#acme]"), found("#acme"), "the hashtag and the name at one place are one match");
    }

    @Test
    void nothingInAnEmptyPost() {
        assertEquals(List.of(), matcher.match(""));
        assertEquals(List.of(), matcher.match("  !! 🙂 "));
    }

    @Test
    void twoThreadsAtOnceGetTheSameAnswers() throws Exception {
        List<String> posts = WatchlistMatcherBench.posts(new java.util.Random(1), 400);
        List<List<TermMatch>> expected = new ArrayList<>();
        posts.forEach(post -> expected.add(matcher.match(post)));
        assertTrue(expected.stream().anyMatch(m -> !m.isEmpty()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < posts.size(); i++) {
                            if (!matcher.match(posts.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
