package org.switchboard.faq.match;

/**
 * Feature ids and their weights, ids strictly increasing.
 *
 * @param ids    feature ids
 * @param values weights, same length as ids
 */
record SparseVector(int[] ids, float[] values) {
    int size() {
        return ids.length;
    }
}
