package org.switchboard.server.triage;

import java.util.Optional;
import org.switchboard.server.listener.StoredMention;

/**
 * The bridge from a mention to the agent console: a case is a conversation whose first message
 * is the mention (with its author and link), put on the line for people like a handed-off chat.
 */
public interface SupportCases {
    /** Opens the case and returns its conversation's id. */
    long open(StoredMention mention);

    /** The case's status as the console knows it ({@code QUEUED}, {@code WITH_AGENT}, {@code RESOLVED} …), if known. */
    Optional<String> status(long conversationId);
}
