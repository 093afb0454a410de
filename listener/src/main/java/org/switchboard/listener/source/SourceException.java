package org.switchboard.listener.source;

import java.time.Duration;
import java.util.Optional;

/** A poll that failed; the message says what and where (source, URL, line or offset). */
public final class SourceException extends Exception {
    /** Why a poll failed. */
    public enum Kind { TIMEOUT, SERVER_ERROR, MALFORMED, RATE_LIMITED, REFUSED, NETWORK }

    private final Kind kind;
    private final Duration retryAfter;

    public SourceException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public SourceException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** When the source said to come back (rate limit reset, Retry-After), if it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
