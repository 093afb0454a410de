package org.switchboard.server.staff.web;

import org.glassfish.grizzly.http.server.Response;

/**
 * Headers on the login page and every staff page: not cached (a shared computer's back button
 * shows nothing after sign-out), not framed by any page (no clickjacking), scripts and styles
 * only from this site, no sniffing, no referrer to other sites.
 */
final class PageHeaders {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    private PageHeaders() {
    }

    static void apply(Response response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
