package org.switchboard.server.callback;

/** What became of a request to move a call back to another slot. */
public enum Rescheduled {
    /** Moved: it holds a place in the new slot and none in the old. */
    MOVED,
    /** The new slot is full; nothing changed. */
    SLOT_FULL,
    /** It is no longer booked (cancelled, done…); nothing changed. */
    NOT_BOOKED
}
