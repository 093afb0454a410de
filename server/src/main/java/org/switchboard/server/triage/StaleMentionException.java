package org.switchboard.server.triage;

/**
 * A change was asked for against a version of the mention that is no longer current: a teammate
 * changed it first. Nothing was changed; the page shows the current state and the person decides again.
 */
public final class StaleMentionException extends RuntimeException {
    private final long mentionId;

    public StaleMentionException(long mentionId) {
        super("mention " + mentionId + " was changed by someone else meanwhile; look again and retry");
        this.mentionId = mentionId;
    }

    public long mentionId() {
        return mentionId;
    }
}
