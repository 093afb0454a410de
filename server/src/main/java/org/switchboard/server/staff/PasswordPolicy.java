package org.switchboard.server.staff;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters (any script; a phrase of
 * words is best), at most {@value #MAX_LENGTH}, and not the login name or containing it. No rules
 * on character classes: length is what makes a password hard to guess (NIST SP 800-63B).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1_000;

    private PasswordPolicy() {
    }

    /**
     * Accepts {@code password} for the account {@code login}, or throws with the rule it breaks.
     *
     * @throws WeakPasswordException naming the rule, never repeating the password
     */
    public static void check(String login, String password) {
        if (password == null || password.isEmpty()) {
            throw new WeakPasswordException("a password is needed: at least " + MIN_LENGTH + " characters");
        }
        String nfc = Normalizer.normalize(password, Normalizer.Form.NFC);
        int length = nfc.codePointCount(0, nfc.length());
        if (length < MIN_LENGTH) {
            throw new WeakPasswordException("the password must be at least " + MIN_LENGTH
                    + " characters long (it has " + length + "); a phrase of several words is easy to remember");
        }
        if (length > MAX_LENGTH) {
            throw new WeakPasswordException("the password must be at most " + MAX_LENGTH + " characters long");
        }
        String lower = nfc.toLowerCase(Locale.ROOT);
        if (login != null && !login.isBlank() && lower.contains(login.strip().toLowerCase(Locale.ROOT))) {
            throw new WeakPasswordException("the password must not contain the login name");
        }
    }
}
