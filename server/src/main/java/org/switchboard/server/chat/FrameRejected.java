package org.switchboard.server.chat;

import java.util.Objects;

/**
 * A frame refused with an {@code error} frame (docs/protocol.md, "Errors and limits"); nothing
 * was stored for it.
 */
public final class FrameRejected extends RuntimeException {
    private final ErrorCode code;
    private final String clientId;

    public FrameRejected(ErrorCode code, String message, String clientId) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.clientId = clientId;
    }

    public FrameRejected(ErrorCode code, String message) {
        this(code, message, null);
    }

    public ErrorCode code() {
        return code;
    }

    /** The refused frame's {@code client_id}, or null when it had none (or it could not be read). */
    public String clientId() {
        return clientId;
    }
}
