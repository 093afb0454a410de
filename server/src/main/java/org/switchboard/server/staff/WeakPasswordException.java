package org.switchboard.server.staff;

/** A new password breaks {@link PasswordPolicy}; the message names the rule. */
public final class WeakPasswordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public WeakPasswordException(String message) {
        super(message);
    }
}
