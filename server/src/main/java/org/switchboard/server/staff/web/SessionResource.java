package org.switchboard.server.staff.web;

import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.Request;
import org.switchboard.server.http.Public;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.LoginResult;
import org.switchboard.server.staff.StaffConfig;
import org.switchboard.server.staff.StaffService;

/**
 * {@code /api/session}: sign in ({@code POST}), who am I and the CSRF token ({@code GET}), sign
 * out ({@code DELETE}), and change my password ({@code POST /api/session/password}).
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {
    private static final Logger LOG = Logger.getLogger(SessionResource.class.getName());
    private static volatile boolean warnedPlainHttp;

    @Context
    Provider<Request> requests;

    private final StaffService staff;
    private final StaffConfig config;
    private final SessionCookie cookie;

    SessionResource(StaffService staff, StaffConfig config) {
        this.staff = staff;
        this.config = config;
        this.cookie = new SessionCookie(config.secureCookies());
    }

    /** {@code {"login", "password", "next"?}} → 200 with the session and a cookie, 401, or 429 with Retry-After. */
    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(String body) {
        JsonBody json = JsonBody.parse(body, Set.of("login", "password", "next"));
        ClientFacts client = client();
        LoginResult result = staff.login(json.text("login"), json.text("password"), client.throttleKey());
        if (result instanceof LoginResult.Success success) {
            warnOnPlainHttp(client);
            return signedIn(success, client, SafeRedirect.target(json.optionalText("next")));
        }
        return refused(result, "wrong login or password");
    }

    /** Who is signed in, with the CSRF token; with {@code ?next=}, where to go ({@link SafeRedirect}). */
    @GET
    @StaffOnly
    public Response me(@Context SecurityContext security, @QueryParam("next") String next) {
        StaffPrincipal me = StaffPrincipal.of(security);
        return Response.ok(AccountJson.session(me.signedIn(), next == null ? null : SafeRedirect.target(next)))
                .header("Cache-Control", "no-store").build();
    }

    /** Signs out: the session ends on the server and the cookie is cleared. */
    @DELETE
    @StaffOnly
    public Response logout(@Context SecurityContext security) {
        StaffPrincipal me = StaffPrincipal.of(security);
        staff.logout(me.sessionId());
        return Response.noContent().header("Set-Cookie", cookie.clear(me.client()))
                .header("Cache-Control", "no-store").build();
    }

    /**
     * {@code {"current_password", "new_password"}}: every session of the account ends and this
     * browser gets a new one (new cookie, new CSRF token). 403 when the current password is wrong.
     */
    @POST
    @Path("password")
    @StaffOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@Context SecurityContext security, String body) {
        StaffPrincipal me = StaffPrincipal.of(security);
        JsonBody json = JsonBody.parse(body, Set.of("current_password", "new_password"));
        String current = json.text("current_password");
        String next = json.text("new_password");
        LoginResult result = ApiErrors.call(() -> staff.changeOwnPassword(me.signedIn().account(), current, next,
                me.client().throttleKey()));
        if (result instanceof LoginResult.Success success) {
            return signedIn(success, me.client(), null);
        }
        return result instanceof LoginResult.Throttled ? refused(result, "")
                : ApiErrors.response(403, "the current password is wrong");
    }

    private Response signedIn(LoginResult.Success success, ClientFacts client, String redirect) {
        Duration maxAge = config.sessionMax();
        return Response.ok(AccountJson.session(success.signedIn(), redirect))
                .header("Set-Cookie", cookie.set(success.sessionId(), maxAge, client))
                .header("Cache-Control", "no-store").build();
    }

    private static Response refused(LoginResult result, String message) {
        if (result instanceof LoginResult.Throttled throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            return Response.fromResponse(ApiErrors.response(429, "too many failed sign-ins: try again in "
                            + seconds + " seconds"))
                    .header("Retry-After", Long.toString(seconds)).build();
        }
        return ApiErrors.unauthorized(message);
    }

    private ClientFacts client() {
        return ClientFacts.of(requests.get(), config.trustedProxy());
    }

    private static void warnOnPlainHttp(ClientFacts client) {
        if (!client.secure() && !client.loopback() && !warnedPlainHttp) {
            warnedPlainHttp = true;
            LOG.warning("a member of staff signed in over plain HTTP from " + client.address()
                    + ": passwords and session cookies cross the network unencrypted. Serve staff pages over HTTPS"
                    + " (a reverse proxy with server.trusted_proxy: true); see docs/staff.md");
        }
    }
}
