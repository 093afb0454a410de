package org.switchboard.server.editor;

/**
 * A change named a {@code base_version} that is no longer the entry's head: someone else changed
 * the entry since the editor loaded it. The API answers 409 with the current head.
 */
public final class StaleVersionException extends RuntimeException {
    private final int headVersion;

    StaleVersionException(String id, int base, int headVersion) {
        super("entry '" + id + "' changed since version " + base + ": its head is now version " + headVersion
                + "; reload it and make the change again");
        this.headVersion = headVersion;
    }

    /** The entry's head version now. */
    public int headVersion() {
        return headVersion;
    }
}
