package org.switchboard.listener.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded stratified k-fold assignment: the items of each class, in their order, are shuffled with
 * {@code new Random(seed)} (classes taken in order of first appearance), then dealt to folds
 * 0, 1, …, k-1, 0, … continuing from where the previous class stopped, so each fold gets each
 * class in the same proportion (within one) and the same seed always gives the same folds.
 */
public final class Folds {
    private Folds() {
    }

    /** The fold (0..k-1) of each item, given the items' classes. */
    public static int[] stratified(List<String> classes, int k, long seed) {
        if (k < 2 || k > classes.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of items (" + classes.size()
                    + "), not " + k);
        }
        Map<String, List<Integer>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            byClass.computeIfAbsent(classes.get(i), c -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] fold = new int[classes.size()];
        int next = 0;
        for (List<Integer> items : byClass.values()) {
            java.util.Collections.shuffle(items, random);
            for (int item : items) {
                fold[item] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }
}
