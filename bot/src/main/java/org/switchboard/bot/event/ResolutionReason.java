package org.switchboard.bot.event;

/** Why a conversation ended. */
public enum ResolutionReason {
    /** The visitor closed the chat. */
    VISITOR_CLOSED,
    /** The visitor was silent longer than the server's idle limit. */
    IDLE_TIMEOUT,
    /** A person from the team closed it. */
    AGENT_CLOSED
}
