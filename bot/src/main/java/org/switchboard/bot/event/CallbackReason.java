package org.switchboard.bot.event;

/** Why the visitor was offered a call back instead of waiting. */
public enum CallbackReason {
    /** Outside business hours. */
    TEAM_AWAY,
    /** Nobody from the team is available now. */
    NO_AGENT,
    /** The estimated wait is over the configured limit. */
    LONG_WAIT
}
