package org.switchboard.server.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.StaffConfig;

/** The pure rules of the web side: cross-site checks, redirects after sign-in, cookies, addresses. */
class AccessRulesTest {
    static final String SITE = "https://help.example.com";

    @Test
    void secFetchSiteDecidesWhenPresent() {
        assertEquals(Optional.empty(), CrossSite.refusal("same-origin", "https://evil.example", SITE));
        assertEquals(Optional.empty(), CrossSite.refusal("none", null, SITE));
        assertEquals(Optional.of("refused a state-changing request from another site (Sec-Fetch-Site: cross-site)"),
                CrossSite.refusal("cross-site", SITE, SITE));
        assertTrue(CrossSite.refusal("same-site", SITE, SITE).isPresent(), "a sibling subdomain is not trusted");
    }

    @Test
    void originMustBeThisSiteWhenSecFetchSiteIsMissing() {
        assertEquals(Optional.empty(), CrossSite.refusal(null, "https://HELP.example.com", SITE));
        assertEquals(Optional.of("refused a state-changing request from another origin (https://evil.example)"),
                CrossSite.refusal(null, "https://evil.example", SITE));
        assertTrue(CrossSite.refusal(null, "http://help.example.com", SITE).isPresent(), "another scheme is another origin");
        assertTrue(CrossSite.refusal(null, "null", SITE).isPresent());
    }

    @Test
    void requestsWithoutEitherHeaderAreNotBrowsersCrossSiteAndPassThisCheck() {
        assertEquals(Optional.empty(), CrossSite.refusal(null, null, SITE));
        assertEquals(Optional.empty(), CrossSite.refusal(" ", "", SITE));
    }

    @Test
    void afterSignInOnlyStaffPagesOfThisSiteAreDestinations() {
        assertEquals("/staff/admin/", SafeRedirect.target("/staff/admin/"));
        assertEquals("/staff/console/?conversation=12", SafeRedirect.target("/staff/console/?conversation=12"));
        for (String evil : new String[] {null, "", "//evil.example/", "https://evil.example/staff/", "/\\evil.example",
                "/staff//evil.example", "/staff/../api/staff", "/staff/%2e%2e/x", "/staff/%2F%2Fevil", "javascript:alert(1)",
                "/staff/\t/evil", "/staff/\n", "/login", "/staffroom/", " /staff/", "/staff/" + "a".repeat(600)}) {
            assertEquals("/staff/", SafeRedirect.target(evil), String.valueOf(evil));
        }
    }

    @Test
    void theCookieIsHttpOnlyStrictAndSecureWithTheHostPrefixOnHttps() {
        SessionCookie auto = new SessionCookie(StaffConfig.SecureCookies.AUTO);
        ClientFacts https = new ClientFacts(true, "203.0.113.5", SITE);
        ClientFacts http = new ClientFacts(false, "127.0.0.1", "http://localhost:8080");
        assertEquals("__Host-switchboard_session=abc; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict; Secure",
                auto.set("abc", Duration.ofHours(12), https));
        assertEquals("switchboard_session=abc; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict",
                auto.set("abc", Duration.ofHours(12), http));
        assertEquals("switchboard_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict", auto.clear(http));
        assertTrue(new SessionCookie(StaffConfig.SecureCookies.ALWAYS).set("abc", Duration.ofHours(1), http).endsWith("; Secure"));
        assertFalse(new SessionCookie(StaffConfig.SecureCookies.NEVER).set("abc", Duration.ofHours(1), https).contains("Secure"));
    }

    @Test
    void aCookiePlantedOverPlainHttpIsNotReadOnHttps() {
        SessionCookie auto = new SessionCookie(StaffConfig.SecureCookies.AUTO);
        String header = "switchboard_session=planted; other=1";
        assertEquals(null, auto.read(header, new ClientFacts(true, "203.0.113.5", SITE)));
        assertEquals("planted", auto.read(header, new ClientFacts(false, "127.0.0.1", "http://localhost")));
        assertEquals("real", auto.read("__Host-switchboard_session=real", new ClientFacts(true, "203.0.113.5", SITE)));
    }

    @Test
    void throttlingCountsIpv6ByItsSlash64() {
        assertEquals("2001:db8:0:1::/64", new ClientFacts(false, "2001:db8:0:1:aaaa:bbbb:cccc:dddd", SITE).throttleKey());
        assertEquals("2001:db8:0:1::/64", new ClientFacts(false, "2001:db8:0:1::7", SITE).throttleKey());
        assertEquals("203.0.113.5", new ClientFacts(false, "203.0.113.5", SITE).throttleKey());
        assertTrue(new ClientFacts(false, "127.0.0.1", SITE).loopback());
        assertFalse(new ClientFacts(false, "203.0.113.5", SITE).loopback());
    }

    @Test
    void staffSectionsNeedTheirRolesAndTheRestAnyRole() {
        assertEquals(EnumSet.of(Role.ADMIN), StaffPages.rolesFor("/admin/index.html"));
        assertEquals(EnumSet.of(Role.AGENT, Role.SUPERVISOR), StaffPages.rolesFor("/console/"));
        assertEquals(EnumSet.allOf(Role.class), StaffPages.rolesFor("/index.html"));
    }
}
