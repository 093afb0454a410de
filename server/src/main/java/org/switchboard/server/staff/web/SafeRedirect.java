package org.switchboard.server.staff.web;

import java.util.regex.Pattern;

/**
 * Where to go after signing in: the {@code next} the login page was given, only when it is a
 * staff page of this site, else the staff home. The check is a whitelist of path characters
 * under {@code /staff/}, so {@code //evil.example}, {@code https://…}, {@code /\evil},
 * {@code javascript:…}, tabs and new lines (which browsers strip from URLs) and {@code ..} can
 * never lead off the site or out of the staff pages: an open redirect is impossible.
 */
final class SafeRedirect {
    static final String HOME = "/staff/";
    private static final Pattern SAFE = Pattern.compile("/staff/[A-Za-z0-9._~/%=&+-]*(\\?[A-Za-z0-9._~/%=&+-]*)?");

    private SafeRedirect() {
    }

    static String target(String next) {
        if (next == null || next.length() > 500 || !SAFE.matcher(next).matches()
                || next.contains("//") || next.contains("..") || next.contains("%2e") || next.contains("%2E")
                || next.contains("%2f") || next.contains("%2F") || next.contains("%5c") || next.contains("%5C")) {
            return HOME;
        }
        return next;
    }
}
