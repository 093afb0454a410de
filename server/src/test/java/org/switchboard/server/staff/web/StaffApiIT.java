package org.switchboard.server.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.http.WebServer;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.StaffConfig;
import org.switchboard.server.staff.ThrottleConfig;

/**
 * Staff sign-in over real HTTP against the running web server: cookies, 401 and 403, CSRF,
 * cross-site refusals, throttling, the staff pages' guard and the admin API.
 */
class StaffApiIT {
    /** Three failures per login, then 30 s; generous per address, since every test comes from 127.0.0.1. */
    static final StaffConfig CONFIG = StaffConfig.defaults().withThrottle(
            new ThrottleConfig(3, 1_000, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(1)));

    @TempDir
    static java.nio.file.Path data;
    static StaffStack stack;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        stack = StaffStack.start(data, CONFIG)
                .with("ada", "Ada Admin", Role.ADMIN)
                .with("alex", "Alex Agent", Role.AGENT)
                .with("sofia", "Sofia Supervisor", Role.SUPERVISOR)
                .with("tess", "Tess Throttled", Role.AGENT)
                .with("olga", "Olga Outgoing", Role.EDITOR);
        http = new Http(stack);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void loginSetsAnHttpOnlyStrictCookieAndTellsWhoIsSignedIn() {
        HttpResponse<String> r = http.login("Alex", StaffStack.PASSWORD);
        assertEquals(200, r.statusCode(), r.body());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.matches("switchboard_session=[A-Za-z0-9_-]{43}; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict"),
                cookie);
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(r.body().startsWith("{\"login\":\"alex\",\"display_name\":\"Alex Agent\",\"roles\":[\"agent\"],\"csrf_token\":\""),
                r.body());
        assertTrue(r.body().endsWith(",\"redirect\":\"/staff/\"}"), r.body());
        Http.Session s = Http.session(r);
        HttpResponse<String> me = http.get("/api/session", s);
        assertEquals(200, me.statusCode());
        assertTrue(me.body().contains("\"csrf_token\":\"" + s.csrf() + "\""), me.body());
    }

    @Test
    void wrongPasswordsAre401ThenTheLoginIsThrottledWith429AndRetryAfter() {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = http.login("tess", "not the right password " + i);
            assertEquals(401, r.statusCode());
            assertEquals("{\"error\":\"wrong login or password\"}", r.body());
            assertTrue(r.headers().firstValue("Set-Cookie").isEmpty());
        }
        HttpResponse<String> throttled = http.login("tess", StaffStack.PASSWORD);
        assertEquals(429, throttled.statusCode(), throttled.body());
        long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);
        assertTrue(throttled.body().startsWith("{\"error\":\"too many failed sign-ins: try again in "), throttled.body());
        assertEquals(401, http.login("nobody-at-all", StaffStack.PASSWORD).statusCode(), "unknown logins answer alike");
    }

    @Test
    void withoutALiveSessionEveryProtectedCallIs401() {
        for (String[] call : new String[][] {{"GET", "/api/session"}, {"GET", "/api/staff"}, {"DELETE", "/api/session"},
                {"POST", "/api/staff"}, {"PUT", "/api/staff/1/roles"}, {"POST", "/api/session/password"}}) {
            HttpResponse<String> r = http.send(call[0], call[1], call[0].equals("GET") || call[0].equals("DELETE") ? null : "{}",
                    Map.of());
            assertEquals(401, r.statusCode(), call[0] + " " + call[1]);
            assertEquals("{\"error\":\"sign in first: no live session\"}", r.body());
            assertTrue(r.headers().firstValue("WWW-Authenticate").isPresent());
        }
        HttpResponse<String> forged = http.get("/api/session", new Http.Session("switchboard_session=" + "A".repeat(43), ""));
        assertEquals(401, forged.statusCode());
        assertEquals(200, http.get("/api/health", null).statusCode(), "health stays public");
    }

    @Test
    void aWrongRoleIs403() {
        Http.Session agent = http.signIn("alex");
        HttpResponse<String> list = http.get("/api/staff", agent);
        assertEquals(403, list.statusCode());
        assertEquals("{\"error\":\"this needs the role supervisor or admin\"}", list.body());
        assertEquals(403, http.call("POST", "/api/staff", "{}", agent).statusCode());

        Http.Session supervisor = http.signIn("sofia");
        assertEquals(200, http.get("/api/staff", supervisor).statusCode());
        HttpResponse<String> create = http.call("POST", "/api/staff", "{}", supervisor);
        assertEquals(403, create.statusCode());
        assertEquals("{\"error\":\"this needs the role admin\"}", create.body());
    }

    @Test
    void stateChangingCallsWithoutTheRightCsrfTokenAre403() {
        Http.Session admin = http.signIn("ada");
        String body = "{\"roles\":[\"agent\"]}";
        HttpResponse<String> none = http.send("PUT", "/api/staff/2/roles", body, Map.of("Cookie", admin.cookie()));
        assertEquals(403, none.statusCode());
        assertEquals("{\"error\":\"missing or wrong X-CSRF-Token header: send the csrf_token of GET /api/session\"}", none.body());
        HttpResponse<String> wrong = http.send("PUT", "/api/staff/2/roles", body,
                Map.of("Cookie", admin.cookie(), "X-CSRF-Token", http.signIn("ada").csrf()));
        assertEquals(403, wrong.statusCode(), "another session's token is not this one's");
        HttpResponse<String> logout = http.send("DELETE", "/api/session", null, Map.of("Cookie", admin.cookie()));
        assertEquals(403, logout.statusCode());
        assertEquals(200, http.get("/api/session", admin).statusCode(), "the refused sign-out changed nothing");
    }

    @Test
    void stateChangingCallsFromAnotherSiteAre403EvenWithTheToken() {
        Http.Session admin = http.signIn("ada");
        String body = "{\"roles\":[\"agent\"]}";
        HttpResponse<String> crossSite = http.send("PUT", "/api/staff/2/roles", body, Map.of("Cookie", admin.cookie(),
                "X-CSRF-Token", admin.csrf(), "Sec-Fetch-Site", "cross-site"));
        assertEquals(403, crossSite.statusCode());
        assertTrue(crossSite.body().contains("from another site"), crossSite.body());
        HttpResponse<String> otherOrigin = http.send("PUT", "/api/staff/2/roles", body, Map.of("Cookie", admin.cookie(),
                "X-CSRF-Token", admin.csrf(), "Origin", "http://evil.example"));
        assertEquals(403, otherOrigin.statusCode());
        HttpResponse<String> sameOrigin = http.send("PUT", "/api/staff/2/roles", body, Map.of("Cookie", admin.cookie(),
                "X-CSRF-Token", admin.csrf(), "Origin", stack.url("")));
        assertEquals(200, sameOrigin.statusCode(), sameOrigin.body());
        HttpResponse<String> loginFromElsewhere = http.send("POST", "/api/session",
                "{\"login\":\"ada\",\"password\":\"" + StaffStack.PASSWORD + "\"}", Map.of("Origin", "http://evil.example"));
        assertEquals(403, loginFromElsewhere.statusCode(), "no login CSRF either");
        HttpResponse<String> formPost = http.send("POST", "/api/session", null,
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(415, formPost.statusCode(), "a plain form cannot sign in");
    }

    @Test
    void signingOutEndsTheSessionAndClearsTheCookie() {
        Http.Session s = http.signIn("olga");
        HttpResponse<String> out = http.call("DELETE", "/api/session", null, s);
        assertEquals(204, out.statusCode());
        assertEquals("switchboard_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict",
                out.headers().firstValue("Set-Cookie").orElseThrow());
        assertEquals(401, http.get("/api/session", s).statusCode());
        assertEquals(302, http.get("/staff/", s).statusCode());
    }

    @Test
    void staffPagesWithoutASessionRedirectToTheLoginPage() {
        HttpResponse<String> admin = http.get("/staff/admin/", null);
        assertEquals(302, admin.statusCode());
        assertEquals("/login?next=%2Fstaff%2Fadmin%2F", admin.headers().firstValue("Location").orElseThrow());
        assertEquals("/login?next=%2Fstaff%2F", http.get("/staff/index.html?x=//evil", null).headers()
                .firstValue("Location").orElseThrow(), "a strange query is dropped, not echoed");
        assertEquals("/staff/", http.get("/staff", null).headers().firstValue("Location").orElseThrow());
        HttpResponse<String> login = http.get("/login", null);
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("<form id=\"login-form\""), login.body());
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals(200, http.get("/login/login.js", null).statusCode());
    }

    @Test
    void staffPagesCheckTheRoleOfTheirSection() {
        Http.Session agent = http.signIn("alex");
        HttpResponse<String> home = http.get("/staff/", agent);
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("id=\"display-name\""));
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElse(""));
        HttpResponse<String> admin = http.get("/staff/admin/", agent);
        assertEquals(403, admin.statusCode());
        assertTrue(admin.body().contains("needs the role admin"), admin.body());
        assertEquals(200, http.get("/staff/admin/", http.signIn("ada")).statusCode());
        assertEquals(405, http.send("POST", "/staff/", "{}", Map.of("Cookie", agent.cookie())).statusCode());
    }

    @Test
    void staffPagesCannotBeReachedAroundTheGuard() {
        for (String path : List.of("/../staff/index.html", "/%2e%2e/staff/index.html", "/web/../staff/index.html",
                "/staff/../staff/index.html", "/STAFF/index.html", "/staff%2Findex.html", "//staff/index.html",
                "/./staff/index.html", "/login/../staff/index.html")) {
            HttpResponse<String> r = http.get(path, null);
            assertFalse(r.statusCode() == 200 && r.body().contains("display-name"), path + " served a staff page");
        }
    }

    @Test
    void afterLoginTheRedirectNeverLeavesTheStaffPages() {
        for (String next : List.of("//evil.example/", "https://evil.example/staff/", "/\\\\evil.example", "/api/staff",
                "javascript:alert(1)", "/staff/..%2F..%2Fapi")) {
            HttpResponse<String> r = http.send("POST", "/api/session", "{\"login\":\"sofia\",\"password\":\""
                    + StaffStack.PASSWORD + "\",\"next\":\"" + next + "\"}", Map.of());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().endsWith("\"redirect\":\"/staff/\"}"), next + " -> " + r.body());
        }
        HttpResponse<String> ok = http.send("POST", "/api/session", "{\"login\":\"sofia\",\"password\":\""
                + StaffStack.PASSWORD + "\",\"next\":\"/staff/admin/\"}", Map.of());
        assertTrue(ok.body().endsWith("\"redirect\":\"/staff/admin/\"}"), ok.body());
        HttpResponse<String> me = http.get("/api/session?next=%2F%2Fevil.example", Http.session(ok));
        assertTrue(me.body().endsWith("\"redirect\":\"/staff/\"}"), me.body());
    }

    @Test
    void badRequestBodiesGetAClearError() {
        Http.Session admin = http.signIn("ada");
        assertEquals("{\"error\":\"\\\"password\\\" is required\"}",
                http.send("POST", "/api/session", "{\"login\":\"ada\"}", Map.of()).body());
        assertEquals("{\"error\":\"unknown field \\\"pasword\\\" (known: login, password, next)\"}".length(),
                http.send("POST", "/api/session", "{\"login\":\"ada\",\"pasword\":\"x\"}", Map.of()).body().length());
        HttpResponse<String> notJson = http.call("POST", "/api/staff", "{login: ada", admin);
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().startsWith("{\"error\":\"the body is not valid JSON"), notJson.body());
        HttpResponse<String> badRole = http.call("POST", "/api/staff",
                "{\"login\":\"x1\",\"display_name\":\"X\",\"roles\":[\"boss\"],\"password\":\"" + StaffStack.PASSWORD + "\"}", admin);
        assertEquals(400, badRole.statusCode());
        assertEquals("{\"error\":\"unknown role 'boss' (known: agent, supervisor, social, editor, admin)\"}", badRole.body());
    }

    @Test
    void anAdminManagesAccounts() {
        Http.Session admin = http.signIn("ada");
        HttpResponse<String> weak = http.call("POST", "/api/staff",
                "{\"login\":\"mai\",\"display_name\":\"Nguyễn Thị Mai\",\"roles\":[\"agent\"],\"password\":\"short\"}", admin);
        assertEquals(400, weak.statusCode());
        assertTrue(weak.body().contains("at least 12 characters"), weak.body());
        HttpResponse<String> created = http.call("POST", "/api/staff", "{\"login\":\"mai\",\"display_name\":\"Nguyễn Thị Mai\","
                + "\"roles\":[\"agent\",\"social\"],\"password\":\"" + StaffStack.PASSWORD + "\"}", admin);
        assertEquals(201, created.statusCode(), created.body());
        String id = created.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/staff/" + id));
        assertTrue(created.body().contains("\"display_name\":\"Nguyễn Thị Mai\",\"roles\":[\"agent\",\"social\"]"), created.body());
        assertEquals(409, http.call("POST", "/api/staff", "{\"login\":\"MAI\",\"display_name\":\"M\",\"roles\":[\"agent\"],"
                + "\"password\":\"" + StaffStack.PASSWORD + "\"}", admin).statusCode());

        Http.Session mai = http.signIn("mai");
        HttpResponse<String> roles = http.call("PUT", "/api/staff/" + id + "/roles", "{\"roles\":[\"editor\"]}", admin);
        assertTrue(roles.body().contains("\"roles\":[\"editor\"]"), roles.body());
        assertTrue(http.get("/api/session", mai).body().contains("\"roles\":[\"editor\"]"), "roles apply at once");

        assertEquals(204, http.call("PUT", "/api/staff/" + id + "/password", "{\"password\":\"another long phrase\"}", admin)
                .statusCode());
        assertEquals(401, http.get("/api/session", mai).statusCode(), "a reset ends the account's sessions");
        mai = Http.session(http.login("mai", "another long phrase"));

        HttpResponse<String> disabled = http.call("PUT", "/api/staff/" + id + "/disabled", "{\"disabled\":true}", admin);
        assertTrue(disabled.body().contains("\"disabled\":true"), disabled.body());
        assertEquals(401, http.get("/api/session", mai).statusCode());
        assertEquals(401, http.login("mai", "another long phrase").statusCode());
        assertEquals(404, http.call("PUT", "/api/staff/99999/disabled", "{\"disabled\":true}", admin).statusCode());

        String adaId = http.get("/api/staff", admin).body().replaceAll(".*\\{\"id\":(\\d+),\"login\":\"ada\".*", "$1");
        HttpResponse<String> last = http.call("PUT", "/api/staff/" + adaId + "/disabled", "{\"disabled\":true}", admin);
        assertEquals(409, last.statusCode());
        assertTrue(last.body().contains("only enabled admin"), last.body());
    }

    @Test
    void changingOnesOwnPasswordRenewsTheSessionAndEndsTheOthers() {
        stack.with("pat", "Pat Password", Role.SOCIAL);
        Http.Session laptop = http.signIn("pat");
        Http.Session phone = http.signIn("pat");
        HttpResponse<String> wrong = http.call("POST", "/api/session/password",
                "{\"current_password\":\"not it at all\",\"new_password\":\"a brand new phrase\"}", laptop);
        assertEquals(403, wrong.statusCode());
        HttpResponse<String> changed = http.call("POST", "/api/session/password",
                "{\"current_password\":\"" + StaffStack.PASSWORD + "\",\"new_password\":\"a brand new phrase\"}", laptop);
        assertEquals(200, changed.statusCode(), changed.body());
        Http.Session renewed = Http.session(changed);
        assertNotEquals(laptop.cookie(), renewed.cookie());
        assertEquals(401, http.get("/api/session", laptop).statusCode());
        assertEquals(401, http.get("/api/session", phone).statusCode());
        assertEquals(200, http.get("/api/session", renewed).statusCode());
    }

    @Test
    void forwardedHeadersAreIgnoredUnlessTheProxyIsTrusted() throws Exception {
        HttpResponse<String> untrusted = http.send("POST", "/api/session", "{\"login\":\"sofia\",\"password\":\""
                + StaffStack.PASSWORD + "\"}", Map.of("X-Forwarded-Proto", "https"));
        assertFalse(untrusted.headers().firstValue("Set-Cookie").orElseThrow().contains("Secure"));
        try (StaffStack proxied = StaffStack.start(data.resolve("proxied"), CONFIG.withTrustedProxy(true))
                .with("sofia", "Sofia", Role.SUPERVISOR)) {
            Http behindProxy = new Http(proxied);
            HttpResponse<String> r = behindProxy.send("POST", "/api/session", "{\"login\":\"sofia\",\"password\":\""
                            + StaffStack.PASSWORD + "\"}",
                    Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.7", "X-Forwarded-Host", "help.example.com",
                            "Origin", "https://help.example.com"));
            assertEquals(200, r.statusCode(), r.body());
            String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(cookie.startsWith("__Host-switchboard_session=") && cookie.endsWith("; HttpOnly; SameSite=Strict; Secure"),
                    cookie);
            Http.Session s = Http.session(r);
            assertEquals(200, behindProxy.send("GET", "/api/session", null, Map.of("Cookie", s.cookie(),
                    "X-Forwarded-Proto", "https")).statusCode());
            assertEquals(401, behindProxy.send("GET", "/api/session", null, Map.of("Cookie", s.cookie())).statusCode(),
                    "the __Host- cookie is not read on plain HTTP");
        }
    }

    /** A resource that says nothing about who may call it: the server refuses to start. */
    @Path("oops")
    public static final class Undeclared {
        @GET
        public String oops() {
            return "anyone";
        }
    }

    @Test
    void aResourceMethodThatDeclaresNoAccessStopsTheServerFromStarting() {
        ResourceConfig api = StaffWeb.register(new ResourceConfig().registerInstances(new Undeclared()), stack.staff, CONFIG);
        Exception e = assertThrows(Exception.class, () -> WebServer.start("127.0.0.1", 0, api, List.of()).close());
        Throwable root = e;
        while (root.getCause() != null && !(root instanceof IllegalStateException)) {
            root = root.getCause();
        }
        assertTrue(String.valueOf(root.getMessage()).contains("Undeclared.oops declares neither @Public nor @StaffOnly"),
                String.valueOf(e));
    }
}
