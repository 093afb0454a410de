package org.switchboard.server.staff;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for login names and display names, applied before anything is stored or looked up. */
public final class Logins {
    public static final int MAX_LOGIN = 100;
    public static final int MAX_DISPLAY_NAME = 80;
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._@+-]{1," + MAX_LOGIN + "}");

    private Logins() {
    }

    /**
     * The stored form of a login: stripped and lower-cased. Logins are ASCII only, so that two
     * accounts cannot differ by letters that look alike.
     *
     * @throws IllegalArgumentException saying what a login may hold
     */
    public static String normalise(String login) {
        String value = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(value).matches()) {
            throw new IllegalArgumentException("login must be 1 to " + MAX_LOGIN
                    + " characters of a-z, 0-9 and . _ @ + - (an e-mail address will do), got '" + login + "'");
        }
        return value;
    }

    /** The login normalised, or null when it breaks the rules (for lookups, which then find nothing). */
    static String normaliseOrNull(String login) {
        try {
            return normalise(login);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A display name: NFC, stripped, 1 to {@value #MAX_DISPLAY_NAME} characters, no control characters.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static String displayName(String name) {
        String value = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        if (value.isEmpty() || value.codePointCount(0, value.length()) > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("display name must be 1 to " + MAX_DISPLAY_NAME + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("display name must not contain control characters (such as new lines)");
        }
        return value;
    }
}
