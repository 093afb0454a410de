package org.switchboard.server.staff.web;

import jakarta.annotation.Priority;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.glassfish.grizzly.http.server.Request;
import org.switchboard.server.http.Public;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.SignedIn;
import org.switchboard.server.staff.StaffConfig;
import org.switchboard.server.staff.StaffService;

/**
 * Gives every {@code /api} resource method the check it declares: {@link Public} or
 * {@link StaffOnly} on the method, else on its class. A method with neither stops the server
 * from starting, naming the method: nothing is public by accident.
 *
 * <p>The check, in order: a state-changing call (not GET, HEAD, OPTIONS) from another site is
 * refused (403, {@link CrossSite}); for {@code @StaffOnly}, no live session is 401, no admitted
 * role 403, and a state-changing call without the session's {@code X-CSRF-Token} header 403.
 */
final class AccessFeature implements DynamicFeature {
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final StaffService staff;
    private final SessionCookie cookie;

    AccessFeature(StaffService staff, StaffConfig config) {
        this.staff = staff;
        this.cookie = new SessionCookie(config.secureCookies());
    }

    /**
     * Runs before every request's access check and notes where it came from
     * ({@link ClientFacts#PROPERTY}); the Grizzly request is only injected into providers
     * registered with the application, not into the per-method filters.
     */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION - 100)
    static final class ClientFactsFilter implements ContainerRequestFilter {
        @Context
        Provider<Request> requests;

        private final boolean trustedProxy;

        ClientFactsFilter(boolean trustedProxy) {
            this.trustedProxy = trustedProxy;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            request.setProperty(ClientFacts.PROPERTY, ClientFacts.of(requests.get(), trustedProxy));
        }
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (type.getName().startsWith("org.glassfish.jersey.")) {
            return; // Jersey's own OPTIONS answers (which methods a path allows) tell and change nothing
        }
        StaffOnly staffOnly = method.isAnnotationPresent(StaffOnly.class) ? method.getAnnotation(StaffOnly.class)
                : method.isAnnotationPresent(Public.class) ? null : type.getAnnotation(StaffOnly.class);
        boolean isPublic = method.isAnnotationPresent(Public.class)
                || !method.isAnnotationPresent(StaffOnly.class) && staffOnly == null && type.isAnnotationPresent(Public.class);
        if (!isPublic && staffOnly == null) {
            throw new IllegalStateException(type.getName() + "." + method.getName()
                    + " declares neither @Public nor @StaffOnly: every /api method must say who may call it");
        }
        Set<Role> roles = staffOnly == null ? Set.of()
                : staffOnly.value().length == 0 ? EnumSet.allOf(Role.class) : EnumSet.copyOf(Arrays.asList(staffOnly.value()));
        context.register(new Filter(staff, cookie, isPublic, roles));
    }

    @Priority(Priorities.AUTHENTICATION)
    static final class Filter implements ContainerRequestFilter {
        private final StaffService staff;
        private final SessionCookie cookie;
        private final boolean isPublic;
        private final Set<Role> roles;

        Filter(StaffService staff, SessionCookie cookie, boolean isPublic, Set<Role> roles) {
            this.staff = staff;
            this.cookie = cookie;
            this.isPublic = isPublic;
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            ClientFacts client = (ClientFacts) request.getProperty(ClientFacts.PROPERTY);
            boolean changes = !SAFE_METHODS.contains(request.getMethod());
            if (changes) {
                Optional<String> refusal = CrossSite.refusal(request.getHeaderString("Sec-Fetch-Site"),
                        request.getHeaderString("Origin"), client.origin());
                if (refusal.isPresent()) {
                    request.abortWith(ApiErrors.response(403, refusal.get()));
                    return;
                }
            }
            if (isPublic) {
                return;
            }
            String sessionId = cookie.read(request.getHeaderString("Cookie"), client);
            Optional<SignedIn> signedIn = sessionId == null ? Optional.empty() : staff.session(sessionId);
            if (signedIn.isEmpty()) {
                request.abortWith(ApiErrors.unauthorized("sign in first: no live session"));
                return;
            }
            if (!signedIn.get().account().hasAny(roles)) {
                request.abortWith(ApiErrors.response(403, "this needs the role "
                        + roles.stream().map(Role::code).collect(Collectors.joining(" or "))));
                return;
            }
            if (changes && !signedIn.get().csrfMatches(request.getHeaderString(CSRF_HEADER))) {
                request.abortWith(ApiErrors.response(403, "missing or wrong " + CSRF_HEADER
                        + " header: send the csrf_token of GET /api/session"));
                return;
            }
            request.setSecurityContext(new StaffPrincipal(signedIn.get(), sessionId, client).context());
        }
    }
}
