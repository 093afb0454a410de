package org.switchboard.server.staff;

import java.time.Duration;

/** What a login attempt came to. */
public sealed interface LoginResult {
    /** Signed in: {@code sessionId} goes into the cookie and is not stored anywhere. */
    record Success(String sessionId, SignedIn signedIn) implements LoginResult {
        @Override
        public String toString() {
            return "Success[" + signedIn.account().login() + "]";
        }
    }

    /** Wrong login or password, or a disabled account; deliberately not told apart. */
    record Refused() implements LoginResult {
    }

    /** Too many failures for this login or from this address: try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements LoginResult {
    }
}
