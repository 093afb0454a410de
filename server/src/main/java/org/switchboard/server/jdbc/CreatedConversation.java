package org.switchboard.server.jdbc;

/**
 * A new conversation and its token. The token is returned this once and never stored (only its
 * SHA-256 is): hand it to the visitor's widget, which presents it to resume the conversation.
 *
 * @param token 43 URL-safe characters carrying 256 random bits
 */
public record CreatedConversation(ConversationRef conversation, String token) {
    /** Hides the token, so that logging this record does not leak it. */
    @Override
    public String toString() {
        return "CreatedConversation[conversation=" + conversation + ", token=(hidden)]";
    }
}
