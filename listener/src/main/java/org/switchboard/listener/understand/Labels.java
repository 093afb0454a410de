package org.switchboard.listener.understand;

import java.util.Objects;

/**
 * What the classifiers make of a post; each confidence is the model's probability of the label
 * given, in [0, 1].
 */
public record Labels(Sentiment sentiment, double sentimentConfidence,
                     boolean complaint, double complaintConfidence,
                     boolean question, double questionConfidence,
                     boolean abusive, double abusiveConfidence) {
    public Labels {
        Objects.requireNonNull(sentiment, "sentiment");
    }
}
