package org.switchboard.server.jdbc;

/**
 * Told when commits have reached the database file ({@link Transactions#whenStored}).
 */
@FunctionalInterface
public interface OnStored {
    /**
     * @param failure null when everything committed before the request is in the file; else why
     *                it could not be confirmed (the commits may still reach the file later)
     */
    void stored(StorageException failure);
}
