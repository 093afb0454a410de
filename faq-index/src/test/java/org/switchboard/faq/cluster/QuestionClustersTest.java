package org.switchboard.faq.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.Language;
import org.switchboard.faq.analysis.FaqAnalyzers;

/** Clusters of real unanswered questions (a shop's visitors), with the language analyzers of faq-index. */
class QuestionClustersTest {
    private static final FaqAnalyzers ANALYZERS = FaqAnalyzers.create();
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private final QuestionClusters clusters = new QuestionClusters(ANALYZERS);

    @AfterAll
    static void close() {
        ANALYZERS.close();
    }

    private static QuestionClusters.Question q(String key, Language language, String text, int hour) {
        return new QuestionClusters.Question(key, language, text, T0.plusSeconds(3600L * hour));
    }

    private static List<QuestionClusters.Question> shop() {
        return List.of(
                q("g1", Language.ENGLISH, "do you sell garden furniture", 1),
                q("g2", Language.ENGLISH, "Do you have any garden furniture?", 5),
                q("g3", Language.ENGLISH, "is there outdoor furniture for the garden in your shop", 9),
                q("b1", Language.ENGLISH, "can I pay with bitcoin", 2),
                q("b2", Language.ENGLISH, "Do you accept bitcoin payments?", 12),
                q("n1", Language.ENGLISH, "can I bring my dog into the store", 3),
                q("n2", Language.ENGLISH, "what is the meaning of life", 4),
                q("n3", Language.ENGLISH, "do you repair laptops", 6),
                q("n4", Language.ENGLISH, "are you hiring", 7));
    }

    private static Set<Set<String>> keys(List<QuestionClusters.Cluster> found) {
        return found.stream().map(c -> c.questions().stream().map(QuestionClusters.Question::key).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    @Test
    void threePhrasingsOfOneQuestionAndTwoOfAnotherMakeTwoClustersTheRestStaysAlone() {
        List<QuestionClusters.Cluster> found = clusters.cluster(shop());

        assertEquals(Set.of(Set.of("g1", "g2", "g3"), Set.of("b1", "b2"), Set.of("n1"), Set.of("n2"), Set.of("n3"), Set.of("n4")),
                keys(found));
        QuestionClusters.Cluster garden = found.get(0);
        assertEquals(3, garden.count(), "most questions first");
        assertEquals(List.of("g3", "g2", "g1"), garden.questions().stream().map(QuestionClusters.Question::key).toList(),
                "newest first");
        assertEquals(T0.plusSeconds(3600), garden.firstAt());
        assertEquals(T0.plusSeconds(9 * 3600), garden.lastAt());
        assertEquals("Do you have any garden furniture?", garden.label().text(), "the one closest to both others");
        assertEquals(Set.of("b1", "b2"), keys(List.of(found.get(1))).iterator().next());
        List<String> singles = found.subList(2, 6).stream().map(c -> c.label().key()).toList();
        assertEquals(List.of("n4", "n3", "n2", "n1"), singles, "equal counts: the most recently asked first");
    }

    @Test
    void aTypoStillLandsWithItsQuestionThroughTheCharacterTrigrams() {
        List<QuestionClusters.Question> in = new ArrayList<>(shop());
        in.add(q("g4", Language.ENGLISH, "gardn furniture?", 13));
        Set<Set<String>> found = keys(clusters.cluster(in));
        assertTrue(found.contains(Set.of("g1", "g2", "g3", "g4")), found.toString());
        QuestionClusters wordsOnly = new QuestionClusters(ANALYZERS, QuestionClusters.THRESHOLD, 1.0);
        assertTrue(clusters.similarity(Language.ENGLISH, "do you sell garden furniture", "gardn furniture?")
                > wordsOnly.similarity(Language.ENGLISH, "do you sell garden furniture", "gardn furniture?"));
    }

    @Test
    void vietnameseTypedWithoutDiacriticsLandsWithTheAccentedQuestion() {
        List<QuestionClusters.Question> in = List.of(
                q("v1", Language.VIETNAMESE, "Cửa hàng có bán bàn ghế sân vườn không?", 1),
                q("v2", Language.VIETNAMESE, "cua hang co ban ban ghe san vuon khong", 2),
                q("v3", Language.VIETNAMESE, "bên mình có bàn ghế sân vườn không ạ", 3),
                q("v4", Language.VIETNAMESE, "Có nhận thanh toán bằng bitcoin không?", 4),
                q("v5", Language.VIETNAMESE, "cho mình hỏi có tuyển nhân viên không", 5));
        List<QuestionClusters.Cluster> found = clusters.cluster(in);
        assertEquals(Set.of(Set.of("v1", "v2", "v3"), Set.of("v4"), Set.of("v5")), keys(found));
        assertEquals(Language.VIETNAMESE, found.get(0).language());
    }

    @Test
    void questionsOfDifferentLanguagesNeverShareACluster() {
        List<QuestionClusters.Question> in = List.of(
                q("en1", Language.ENGLISH, "bitcoin payment", 1),
                q("en2", Language.ENGLISH, "bitcoin payments?", 2),
                q("tl1", Language.TAGALOG, "bitcoin payment", 3));
        List<QuestionClusters.Cluster> found = clusters.cluster(in);
        assertEquals(Set.of(Set.of("en1", "en2"), Set.of("tl1")), keys(found));
        assertEquals(Language.TAGALOG, found.get(1).language());
    }

    @Test
    void theSameQuestionsInAnyOrderGiveTheSameClustersAndLabels() {
        List<QuestionClusters.Cluster> first = clusters.cluster(shop());
        List<QuestionClusters.Question> shuffled = new ArrayList<>(shop());
        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(first, clusters.cluster(shuffled), "seed " + seed);
        }
    }

    @Test
    void theLabelIsTheMostCentralQuestionAndASingleQuestionIsItsOwnLabel() {
        QuestionClusters.Question only = q("x", Language.ENGLISH, "do you repair laptops", 1);
        assertEquals(only, clusters.label(List.of(only)));
        List<QuestionClusters.Question> bitcoin = List.of(
                q("b1", Language.ENGLISH, "can I pay with bitcoin", 1),
                q("b2", Language.ENGLISH, "Do you accept bitcoin payments?", 2),
                q("b3", Language.ENGLISH, "do you accept bitcoin", 3));
        assertEquals("b3", clusters.label(bitcoin).key());
        assertEquals("b3", clusters.label(List.of(bitcoin.get(2), bitcoin.get(0), bitcoin.get(1))).key(), "order does not matter");
        assertThrows(IllegalArgumentException.class, () -> clusters.label(List.of()));
    }

    @Test
    void aHigherThresholdSplitsWhatTheDefaultJoins() {
        QuestionClusters strict = new QuestionClusters(ANALYZERS, 0.9);
        assertEquals(9, strict.cluster(shop()).size());
        assertTrue(clusters.similarity(Language.ENGLISH, "do you sell garden furniture", "Do you have any garden furniture?")
                >= QuestionClusters.THRESHOLD);
        assertTrue(clusters.similarity(Language.ENGLISH, "do you sell garden furniture", "do you repair laptops")
                < QuestionClusters.THRESHOLD);
    }

    @Test
    void refusesDuplicateKeysAndAThresholdOutsideZeroToOne() {
        QuestionClusters.Question a = q("same", Language.ENGLISH, "a question", 1);
        QuestionClusters.Question b = q("same", Language.ENGLISH, "another question", 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> clusters.cluster(List.of(a, b)));
        assertEquals("question key 'same' appears twice", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new QuestionClusters(ANALYZERS, 0));
        assertThrows(IllegalArgumentException.class, () -> new QuestionClusters(ANALYZERS, 1.5));
    }

    @Test
    void questionsWithoutWordsAreClusteredAloneWithoutFailing() {
        List<QuestionClusters.Cluster> found = clusters.cluster(List.of(q("e1", Language.ENGLISH, "???", 1),
                q("e2", Language.ENGLISH, "🙂", 2), q("e3", Language.ENGLISH, "do you repair laptops", 3)));
        assertEquals(3, found.size());
    }
}
