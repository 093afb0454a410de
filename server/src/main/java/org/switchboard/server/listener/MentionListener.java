package org.switchboard.server.listener;

/** Hears of mentions as the poller stores them (live triage, alerts). */
public interface MentionListener {
    /** A new mention was stored. */
    void created(StoredMention mention);

    /** Another post (a repost, a near-identical text) was folded into a stored mention. */
    default void folded(long mentionId) {
    }
}
