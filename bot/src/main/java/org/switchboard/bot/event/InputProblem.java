package org.switchboard.bot.event;

/** Why the bot rejected an input. */
public enum InputProblem {
    /** A message or comment with no text. */
    EMPTY_MESSAGE,
    /** A quick reply that is not among those the bot's latest turn offered. */
    UNKNOWN_CHOICE,
    /** A survey rating outside 1..10. */
    RATING_OUT_OF_RANGE,
    /** A survey answer when no survey is open, or a second answer to the same question. */
    SURVEY_NOT_OPEN,
    /** Neither a phone number with its country code nor an e-mail address, when one was asked for a call back. */
    BAD_CONTACT
}
