package org.switchboard.server.staff.web;

import java.util.Locale;
import java.util.Optional;

/**
 * The first check on a state-changing request: did it come from a page of this site? Browsers
 * say so in {@code Sec-Fetch-Site} (all current ones) and {@code Origin}. The rules, in order:
 * <ol>
 *   <li>{@code Sec-Fetch-Site} present: only {@code same-origin} and {@code none} (typed by the
 *       user) pass; {@code same-site} is refused too, since a sibling subdomain may be someone
 *       else's;</li>
 *   <li>else {@code Origin} present: it must be this site's origin; {@code null} (sandboxed
 *       frames, some redirects) is refused;</li>
 *   <li>neither: not a browser's cross-site request (scripts and {@code curl} send neither), so
 *       it passes this check; the session's CSRF token is still required.</li>
 * </ol>
 * This is defence in depth: the {@code SameSite=Strict} cookie and the {@code X-CSRF-Token}
 * header (which a cross-site form cannot send) each stop cross-site requests alone.
 */
final class CrossSite {
    private CrossSite() {
    }

    /** Why the request is refused, or empty when it may go on. */
    static Optional<String> refusal(String secFetchSite, String origin, String ownOrigin) {
        if (secFetchSite != null && !secFetchSite.isBlank()) {
            String site = secFetchSite.strip().toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none") ? Optional.empty()
                    : Optional.of("refused a state-changing request from another site (Sec-Fetch-Site: " + site + ")");
        }
        if (origin != null && !origin.isBlank()) {
            String from = origin.strip().toLowerCase(Locale.ROOT);
            return from.equals(ownOrigin.toLowerCase(Locale.ROOT)) ? Optional.empty()
                    : Optional.of("refused a state-changing request from another origin (" + from + ")");
        }
        return Optional.empty();
    }
}
