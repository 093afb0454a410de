package org.switchboard.bot.event;

/** What in a visitor's message shows frustration or a complaint. */
public enum FrustrationSign {
    /** Words of complaint or anger in the phrasebook's list for the language (or English). */
    NEGATIVE_WORDS,
    /** Mostly capital letters. */
    SHOUTING,
    /** Several exclamation marks. */
    EXCLAMATIONS,
    /** "No, that didn't help" more than once in a row. */
    REPEATED_NOT_HELPFUL
}
