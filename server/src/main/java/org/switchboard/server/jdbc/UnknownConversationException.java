package org.switchboard.server.jdbc;

/** No conversation has this id (it never existed, or it was deleted). Nothing was written. */
public final class UnknownConversationException extends StorageException {
    private static final long serialVersionUID = 1L;

    private final long conversationId;

    public UnknownConversationException(long conversationId) {
        super("no conversation with id " + conversationId);
        this.conversationId = conversationId;
    }

    public long conversationId() {
        return conversationId;
    }
}
