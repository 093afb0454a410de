package org.switchboard.server.staff;

/**
 * A change to staff accounts that cannot be made as asked; {@link #reason()} says why, so the
 * HTTP layer can choose 404 or 409 and the command line an exit code. The message names the
 * account.
 */
public final class StaffException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** No account has that id or login. */
        NO_SUCH_ACCOUNT,
        /** The login is taken. */
        LOGIN_TAKEN,
        /** The change would leave no enabled admin, and nobody could manage accounts. */
        LAST_ADMIN
    }

    private final Reason reason;

    public StaffException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
