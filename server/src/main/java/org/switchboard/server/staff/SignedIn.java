package org.switchboard.server.staff;

import java.time.Instant;
import java.util.Objects;

/**
 * A live session: who is signed in (roles as they are now, not as they were at login) and the
 * token every state-changing request of the session must carry.
 *
 * @param account   the account, freshly read
 * @param csrfToken the session's CSRF token, for the {@code X-CSRF-Token} header
 * @param expiresAt when the session ends unless used again (the earlier of idle and absolute expiry)
 */
public record SignedIn(StaffAccount account, String csrfToken, Instant expiresAt) {
    public SignedIn {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True when {@code presented} is this session's CSRF token; compared in constant time. */
    public boolean csrfMatches(String presented) {
        return presented != null && java.security.MessageDigest.isEqual(
                presented.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                csrfToken.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
