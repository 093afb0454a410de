package org.switchboard.server.staff.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.switchboard.server.staff.StaffConfig;

/**
 * The session cookie. Always {@code HttpOnly} (scripts cannot read it), {@code SameSite=Strict}
 * (no other site's page, link or form makes the browser send it) and {@code Path=/}. When
 * {@code Secure}, it is named with the {@code __Host-} prefix, which browsers accept only from a
 * secure origin, with {@code Path=/} and without {@code Domain}: a plain-HTTP page or a sibling
 * subdomain cannot plant or overwrite it. A plain cookie has the plain name, and each kind is
 * read only where it would be set, so a cookie planted over plain HTTP is never read on HTTPS.
 *
 * <p>Whether it is {@code Secure} follows {@code staff.secure_cookies}: {@code auto} (default)
 * when the request came over HTTPS, {@code always}, or {@code never}.
 */
final class SessionCookie {
    static final String PLAIN_NAME = "switchboard_session";
    static final String SECURE_NAME = "__Host-switchboard_session";

    private final StaffConfig.SecureCookies mode;

    SessionCookie(StaffConfig.SecureCookies mode) {
        this.mode = mode;
    }

    boolean secure(ClientFacts client) {
        return switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> client.secure();
        };
    }

    String name(ClientFacts client) {
        return secure(client) ? SECURE_NAME : PLAIN_NAME;
    }

    /** The {@code Set-Cookie} value that stores {@code sessionId} for at most {@code maxAge}. */
    String set(String sessionId, Duration maxAge, ClientFacts client) {
        return name(client) + "=" + sessionId + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Strict"
                + (secure(client) ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that makes the browser forget the cookie. */
    String clear(ClientFacts client) {
        return name(client) + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure(client) ? "; Secure" : "");
    }

    /** The session id in a {@code Cookie} request header, or null. */
    String read(String cookieHeader, ClientFacts client) {
        return parse(cookieHeader).get(name(client));
    }

    /** Parses a {@code Cookie} request header: {@code a=1; b=2}; the first of a repeated name wins. */
    static Map<String, String> parse(String header) {
        Map<String, String> out = new HashMap<>();
        if (header == null) {
            return out;
        }
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.putIfAbsent(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        return out;
    }
}
