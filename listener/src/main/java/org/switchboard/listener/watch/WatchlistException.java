package org.switchboard.listener.watch;

/**
 * A watchlist that cannot be used. The message names the file, the term (its number, from 1, and
 * its name) and the key at fault, e.g.
 * {@code watchlist.yaml: term 2 (Acme): handles: 'acme' must start with '@'}.
 */
public class WatchlistException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WatchlistException(String message) {
        super(message);
    }

    public WatchlistException(String message, Throwable cause) {
        super(message, cause);
    }
}
