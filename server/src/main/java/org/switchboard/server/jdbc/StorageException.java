package org.switchboard.server.jdbc;

/**
 * The database could not do what was asked: it is unreachable, a statement failed, or a
 * constraint was violated. Whatever the operation wrote in its transaction was rolled back.
 * The message names the operation and the conversation.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
