package org.switchboard.listener.understand;

import org.switchboard.faq.Language;

/** A post's features as every {@link TaskModel} takes them: {@link PostTokens}, then {@link PostFeatureGenerator}. */
public final class PostFeatures {
    private static final PostFeatureGenerator GENERATOR = new PostFeatureGenerator();

    private PostFeatures() {
    }

    /** The features of a post's text in its language. */
    public static String[] of(String text, Language language) {
        return GENERATOR.features(PostTokens.of(text), language).toArray(String[]::new);
    }
}
