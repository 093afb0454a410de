package org.switchboard.listener.understand;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {
    private static final List<String> BINARY = List.of("complaint", "not_complaint");

    @Test
    void binaryFiguresByHand() {
        // gold:      C C C C N N N N N N
        // predicted: C C C N C N N N N N  -> TP 3, FN 1, FP 1, TN 5
        List<String> gold = List.of("complaint", "complaint", "complaint", "complaint", "not_complaint",
                "not_complaint", "not_complaint", "not_complaint", "not_complaint", "not_complaint");
        List<String> predicted = List.of("complaint", "complaint", "complaint", "not_complaint", "complaint",
                "not_complaint", "not_complaint", "not_complaint", "not_complaint", "not_complaint");
        Scores s = Scores.of(BINARY, gold, predicted);
        assertEquals(0.75, s.precision(0), 1e-12);      // 3 / (3 + 1)
        assertEquals(0.75, s.recall(0), 1e-12);         // 3 / 4
        assertEquals(0.75, s.f1(0), 1e-12);
        assertEquals(5.0 / 6, s.precision(1), 1e-12);   // 5 / (5 + 1)
        assertEquals(5.0 / 6, s.recall(1), 1e-12);      // 5 / 6
        assertEquals(5.0 / 6, s.f1(1), 1e-12);
        assertEquals((0.75 + 5.0 / 6) / 2, s.macroF1(), 1e-12);
        assertEquals(0.8, s.accuracy(), 1e-12);
        assertEquals(10, s.total());
        assertEquals(4, s.support(0));
    }

    @Test
    void threeClassesWithAClassNeverPredicted() {
        List<String> classes = List.of("negative", "neutral", "positive");
        Scores s = Scores.of(classes, List.of("negative", "negative", "neutral", "positive", "positive"),
                List.of("negative", "positive", "negative", "positive", "positive"));
        // negative: P 1/2, R 1/2, F1 1/2; neutral: never predicted, P 0, R 0, F1 0; positive: P 2/3, R 1, F1 0.8
        assertEquals(0.5, s.f1(0), 1e-12);
        assertEquals(0, s.precision(1));
        assertEquals(0, s.f1(1));
        assertEquals(0.8, s.f1(2), 1e-12);
        assertEquals((0.5 + 0 + 0.8) / 3, s.macroF1(), 1e-12);
        assertEquals(0.6, s.accuracy(), 1e-12);
        assertArrayEquals(new long[] {1, 0, 1}, s.confusion()[0]);
    }

    @Test
    void reportNamesEveryClass() {
        String text = Scores.of(BINARY, List.of("complaint", "not_complaint"), List.of("complaint", "complaint"))
                .toText();
        assertEquals("""
                class            precision    recall        F1  support
                complaint           0.5000    1.0000    0.6667        1
                not_complaint       0.0000    0.0000    0.0000        1
                macro-F1 0.3333  accuracy 0.5000  (2 posts)
                """, text);
    }

    @Test
    void unknownClassesAndMismatchedListsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Scores.of(BINARY, List.of("x"), List.of("complaint")));
        assertThrows(IllegalArgumentException.class, () -> Scores.of(BINARY, List.of("complaint"), List.of()));
    }

    @Test
    void foldsAreStratifiedSeededAndBalanced() {
        // 6 of class a, 4 of class b, 2 folds: each fold gets 3 a and 2 b.
        List<String> classes = List.of("a", "b", "a", "a", "b", "a", "b", "a", "b", "a");
        int[] folds = Folds.stratified(classes, 2, 7);
        for (int f = 0; f < 2; f++) {
            int a = 0;
            int b = 0;
            for (int i = 0; i < folds.length; i++) {
                if (folds[i] == f) {
                    if (classes.get(i).equals("a")) {
                        a++;
                    } else {
                        b++;
                    }
                }
            }
            assertEquals(3, a, Arrays.toString(folds));
            assertEquals(2, b, Arrays.toString(folds));
        }
        assertArrayEquals(folds, Folds.stratified(classes, 2, 7));
        // with 3 folds: 10 items dealt round robin continuing across classes -> sizes 4, 3, 3
        int[] three = Folds.stratified(classes, 3, 1);
        assertEquals(4, Arrays.stream(three).filter(f -> f == 0).count());
        assertEquals(3, Arrays.stream(three).filter(f -> f == 1).count());
        assertEquals(3, Arrays.stream(three).filter(f -> f == 2).count());
        assertThrows(IllegalArgumentException.class, () -> Folds.stratified(classes, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Folds.stratified(classes, 11, 1));
    }
}
