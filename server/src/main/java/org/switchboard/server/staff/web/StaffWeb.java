package org.switchboard.server.staff.web;

import java.util.Map;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.switchboard.server.staff.StaffConfig;
import org.switchboard.server.staff.StaffService;

/**
 * Wires staff sign-in into the web server: the access check on every {@code /api} method, the
 * session and staff APIs, the login page and the guarded staff pages.
 *
 * <pre>{@code
 * ResourceConfig api = new ResourceConfig().registerInstances(new HealthResource(...));
 * StaffWeb.register(api, staff, config.staff());
 * WebServer.start(host, port, api, endpoints, StaffWeb.pages(staff, config.staff()));
 * }</pre>
 */
public final class StaffWeb {
    private StaffWeb() {
    }

    /** Adds the access check (to every resource of {@code api}) and {@code /api/session}, {@code /api/staff}. */
    public static ResourceConfig register(ResourceConfig api, StaffService staff, StaffConfig config) {
        return api.register(new AccessFeature.ClientFactsFilter(config.trustedProxy()))
                .register(new AccessFeature(staff, config))
                .registerInstances(new SessionResource(staff, config), new StaffResource(staff));
    }

    /** The handlers for {@code /login} and {@code /staff}, for {@code WebServer.start}. */
    public static Map<String, HttpHandler> pages(StaffService staff, StaffConfig config) {
        return Map.of("/login", new LoginPage(),
                "/staff", new StaffPages(staff, config.trustedProxy(), new SessionCookie(config.secureCookies())));
    }
}
