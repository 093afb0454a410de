package org.switchboard.faq.match;

/**
 * The best entries for a text, best first, with softmax probabilities over all entries.
 *
 * @param entries     indexes of the best entries
 * @param probability their probabilities, same order
 */
public record Scores(int[] entries, double[] probability) {
    public int size() {
        return entries.length;
    }
}
