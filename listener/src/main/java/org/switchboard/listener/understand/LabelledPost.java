package org.switchboard.listener.understand;

import java.util.Objects;
import org.switchboard.faq.Language;

/**
 * One post with the outcome a person gave it for one {@link Task}.
 *
 * @param id       the row's id in its file
 * @param text     the post's text
 * @param outcome  one of the task's {@link Task#outcomes()}
 * @param language the post's language (given by the file, else detected)
 */
public record LabelledPost(String id, String text, String outcome, Language language) {
    public LabelledPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(language, "language");
    }
}
