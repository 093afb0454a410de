package org.switchboard.bot.event;

/** Why the bot asked for a person. */
public enum HandoffReason {
    /** The visitor asked for a person (the button or in words). */
    VISITOR_ASKED,
    /** The bot could not find an answer, even after asking the visitor to say more. */
    NO_ANSWER,
    /** The visitor said more than once that the answers did not help. */
    NOT_HELPFUL,
    /** The visitor sounded frustrated or complained. */
    FRUSTRATION,
    /** The topic always needs a person (a handoff rule: refunds, legal, account security…). */
    TOPIC
}
