package org.switchboard.server.staff.web;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.switchboard.server.staff.SignedIn;

/**
 * The signed-in member of staff of one request, as Jersey's {@link SecurityContext} carries it;
 * resources read it with {@link #of(SecurityContext)}.
 */
record StaffPrincipal(SignedIn signedIn, String sessionId, ClientFacts client) implements Principal {
    @Override
    public String getName() {
        return signedIn.account().login();
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + getName() + "]"; // never the session id
    }

    static StaffPrincipal of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof StaffPrincipal p) {
            return p;
        }
        throw new IllegalStateException("no signed-in staff on this request: is the method @StaffOnly?");
    }

    /** The security context of a request by this principal. */
    SecurityContext context() {
        StaffPrincipal self = this;
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return self;
            }

            @Override
            public boolean isUserInRole(String role) {
                return signedIn.account().roleCodes().contains(role);
            }

            @Override
            public boolean isSecure() {
                return client.secure();
            }

            @Override
            public String getAuthenticationScheme() {
                return "session";
            }
        };
    }
}
