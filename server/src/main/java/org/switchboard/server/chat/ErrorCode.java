package org.switchboard.server.chat;

import java.util.Locale;

/** The {@code code} of an {@code error} frame (docs/protocol.md). */
public enum ErrorCode {
    /** Not JSON, not an object, a missing or mistyped field. */
    BAD_FRAME,
    /** A {@code type} this server does not know. */
    UNKNOWN_TYPE,
    /** A frame before {@code hello}. */
    NOT_STARTED,
    /** {@code hello} with a token that matches no conversation. */
    UNKNOWN_CONVERSATION,
    /** A text or comment over the limit. */
    TOO_LONG,
    /** Over the per-connection or per-address rate. */
    RATE_LIMITED,
    /** The server could not store the frame (e.g. the database is down); send it again. */
    UNAVAILABLE;

    /** As written in frames: {@code bad_frame}, … */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
