package org.switchboard.faq.io;

import java.util.List;

/** The keys of the native YAML/JSON format, shared by its reader and writer. */
final class NativeSchema {
    static final String LANGUAGE = "language";
    static final String ENTRIES = "entries";
    static final String ID = "id";
    static final String QUESTION = "question";
    static final String ALTERNATES = "alternates";
    static final String ANSWER = "answer";
    static final String TAGS = "tags";
    static final String FOLLOW_UPS = "follow_ups";
    static final String TRANSLATIONS = "translations";

    /** Keys allowed at the top of a file, in the order they are written. */
    static final List<String> TOP_KEYS = List.of(LANGUAGE, ENTRIES);
    /** Keys allowed in an entry, in the order they are written. */
    static final List<String> ENTRY_KEYS = List.of(ID, LANGUAGE, QUESTION, ALTERNATES, ANSWER, TAGS, FOLLOW_UPS,
            TRANSLATIONS);
    /** Keys allowed in one translation. */
    static final List<String> TRANSLATION_KEYS = List.of(QUESTION, ALTERNATES, ANSWER);

    private NativeSchema() {
    }
}
