package org.switchboard.server.unanswered;

import java.util.List;

/**
 * What an editor's action on unanswered questions does to the FAQ library (the editor's
 * {@code FaqLibrary} implements it). Both write a new version of an entry that the bot does not
 * serve until it is published.
 */
public interface UnansweredActions {
    /**
     * Creates a draft entry (version 1, action {@code created}) with a placeholder answer (docs/faq-editor-api.md),
     * which the editor must replace.
     *
     * @return the new entry's id
     * @throws IllegalArgumentException when the content would not validate (id, language)
     * @throws IllegalStateException    when an entry with that id exists
     */
    String newDraft(String id, String language, String question, List<String> alternates, String author);

    /**
     * Adds phrasings to an entry's alternates (a new version, action {@code phrasings_added}).
     *
     * @throws java.util.NoSuchElementException when there is no such entry
     * @throws IllegalArgumentException         when the phrasings would not validate
     */
    void addAlternates(String entryId, List<String> phrasings, String author);
}
