package org.switchboard.bot.conversation;

/**
 * Who is answering a conversation. The allowed transitions live here and nowhere else:
 *
 * <pre>
 * BOT        → QUEUED (handoff requested), WITH_AGENT (an agent takes over), RESOLVED
 * QUEUED     → WITH_AGENT, BOT (handoff withdrawn), RESOLVED
 * WITH_AGENT → BOT (the agent hands back), QUEUED (passed to another team), RESOLVED
 * RESOLVED   → BOT (the visitor came back)
 * </pre>
 */
public enum ConversationStatus {
    /** The bot answers. */
    BOT,
    /** Waiting for a person; the bot still answers what it can but asks for no one else. */
    QUEUED,
    /** A person answers; the bot stays silent. */
    WITH_AGENT,
    /** Ended; the survey may still be answered. */
    RESOLVED;

    /** Whether a conversation in this status may move to {@code next}. */
    public boolean canMoveTo(ConversationStatus next) {
        return switch (this) {
            case BOT -> next == QUEUED || next == WITH_AGENT || next == RESOLVED;
            case QUEUED -> next == WITH_AGENT || next == BOT || next == RESOLVED;
            case WITH_AGENT -> next == BOT || next == QUEUED || next == RESOLVED;
            case RESOLVED -> next == BOT;
        };
    }

    /**
     * {@code next}, if allowed.
     *
     * @throws IllegalStateException naming both statuses when the move is not allowed
     */
    public ConversationStatus moveTo(ConversationStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("a conversation cannot move from " + this + " to " + next);
        }
        return next;
    }
}
