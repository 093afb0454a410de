package org.switchboard.server.staff;

import java.time.Duration;
import java.util.Objects;

/**
 * How staff sign-in behaves, from the {@code staff.*} keys and {@code server.trusted_proxy}.
 *
 * @param sessionIdle   a session unused this long ends
 * @param sessionMax    a session ends this long after sign-in, however busy
 * @param secureCookies when the session cookie is marked {@code Secure}
 * @param trustedProxy  true when a reverse proxy in front sets {@code X-Forwarded-Proto} and
 *                      {@code X-Forwarded-For}, and only it can reach the port; then those
 *                      headers say whether the browser used HTTPS and which address it came from
 * @param throttle      how failed logins slow down further attempts
 */
public record StaffConfig(Duration sessionIdle, Duration sessionMax, SecureCookies secureCookies, boolean trustedProxy,
                          ThrottleConfig throttle) {
    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofMinutes(60);
    public static final Duration DEFAULT_SESSION_MAX = Duration.ofHours(12);

    /** When the session cookie carries {@code Secure}. */
    public enum SecureCookies {
        /** When the request came over HTTPS (seen directly, or from a trusted proxy's {@code X-Forwarded-Proto}). */
        AUTO,
        /** Always; browsers then send the cookie back over HTTPS (and, in Chrome and Firefox, to http://localhost) only. */
        ALWAYS,
        /** Never; for testing over plain HTTP on a network only. */
        NEVER
    }

    public StaffConfig {
        Objects.requireNonNull(sessionIdle, "sessionIdle");
        Objects.requireNonNull(sessionMax, "sessionMax");
        Objects.requireNonNull(secureCookies, "secureCookies");
        Objects.requireNonNull(throttle, "throttle");
        if (sessionIdle.toMinutes() < 1 || sessionIdle.compareTo(sessionMax) > 0) {
            throw new IllegalArgumentException("session idle time must be at least a minute and at most the longest session: "
                    + sessionIdle.toMinutes() + " min, " + sessionMax.toHours() + " h");
        }
        if (sessionMax.toDays() > 30) {
            throw new IllegalArgumentException("the longest session must be at most 30 days: " + sessionMax.toHours() + " h");
        }
    }

    /** 60 minutes idle, 12 hours at most, Secure on HTTPS, no proxy trusted, {@link ThrottleConfig#defaults()}. */
    public static StaffConfig defaults() {
        return new StaffConfig(DEFAULT_SESSION_IDLE, DEFAULT_SESSION_MAX, SecureCookies.AUTO, false, ThrottleConfig.defaults());
    }

    public StaffConfig withThrottle(ThrottleConfig newThrottle) {
        return new StaffConfig(sessionIdle, sessionMax, secureCookies, trustedProxy, newThrottle);
    }

    public StaffConfig withTrustedProxy(boolean trusted) {
        return new StaffConfig(sessionIdle, sessionMax, secureCookies, trusted, throttle);
    }
}
