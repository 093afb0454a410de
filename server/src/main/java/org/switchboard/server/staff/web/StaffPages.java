package org.switchboard.server.staff.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.CLStaticHttpHandler;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.SignedIn;
import org.switchboard.server.staff.StaffService;

/**
 * The staff pages, {@code /staff/…}, from the classpath folder {@code staff/} (not under
 * {@code web/}, so the public asset handler cannot serve them whatever the URL). Each request is
 * checked first: without a live session the browser is sent to {@code /login?next=<this page>};
 * a section needs one of its roles ({@link #SECTIONS}; elsewhere any role will do), else 403.
 * Every answer carries {@code Cache-Control: no-store} and may not be framed by another page.
 */
final class StaffPages extends HttpHandler {
    /** Sections of the staff pages and the roles each admits; the rest admits every role. */
    static final Map<String, Set<Role>> SECTIONS = sections();

    private final StaffService staff;
    private final boolean trustedProxy;
    private final SessionCookie cookie;
    private final Files files = new Files();

    StaffPages(StaffService staff, boolean trustedProxy, SessionCookie cookie) {
        this.staff = staff;
        this.trustedProxy = trustedProxy;
        this.cookie = cookie;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        PageHeaders.apply(response);
        if (request.getMethod() != Method.GET && request.getMethod() != Method.HEAD) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(405);
            return;
        }
        String uri = request.getDecodedRequestURI();
        String context = request.getContextPath();
        if (uri == null || uri.length() <= context.length()) { // "/staff" itself
            redirect(response, "/staff/");
            return;
        }
        String path = uri.substring(context.length());
        if (!path.startsWith("/")) {
            redirect(response, "/staff/");
            return;
        }
        ClientFacts client = ClientFacts.of(request, trustedProxy);
        String sessionId = cookie.read(request.getHeader("Cookie"), client);
        Optional<SignedIn> signedIn = sessionId == null ? Optional.empty() : staff.session(sessionId);
        if (signedIn.isEmpty()) {
            String query = request.getQueryString();
            String here = request.getRequestURI() + (query == null ? "" : "?" + query);
            redirect(response, "/login?next=" + URLEncoder.encode(SafeRedirect.target(here), StandardCharsets.UTF_8));
            return;
        }
        Set<Role> needed = rolesFor(path);
        if (!signedIn.get().account().hasAny(needed)) {
            forbidden(response, signedIn.get(), needed);
            return;
        }
        files.service(request, response);
    }

    /** The roles a page needs: its section's, else any. */
    static Set<Role> rolesFor(String path) {
        return SECTIONS.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(EnumSet.allOf(Role.class));
    }

    private static Map<String, Set<Role>> sections() {
        Map<String, Set<Role>> s = new LinkedHashMap<>();
        s.put("/admin/", EnumSet.of(Role.ADMIN));
        s.put("/console/", EnumSet.of(Role.AGENT, Role.SUPERVISOR));
        s.put("/triage/", EnumSet.of(Role.SOCIAL, Role.SUPERVISOR));
        s.put("/faq/", EnumSet.of(Role.EDITOR, Role.ADMIN));
        s.put("/levels/", EnumSet.of(Role.SUPERVISOR, Role.ADMIN, Role.AGENT));
        return Map.copyOf(s);
    }

    private static void redirect(Response response, String location) {
        response.setStatus(HttpStatus.FOUND_302);
        response.setHeader("Location", location);
    }

    private static void forbidden(Response response, SignedIn who, Set<Role> needed) throws java.io.IOException {
        response.setStatus(403);
        response.setContentType("text/html;charset=utf-8");
        String roles = needed.stream().map(Role::code).collect(Collectors.joining(" or "));
        response.getWriter().write("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Not for your role</title>"
                + "<main><h1>This page is not for your role</h1><p>You are signed in as "
                + escape(who.account().displayName()) + ". This page needs the role " + roles
                + ".</p><p><a href=\"/staff/\">Back to the staff home</a></p></main></html>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The files themselves; a directory is served as its {@code index.html}. */
    private static final class Files extends CLStaticHttpHandler {
        Files() {
            super(StaffPages.class.getClassLoader(), "/staff/");
            setFileCacheEnabled(false);
        }

        @Override
        protected boolean handle(String uri, Request request, Response response) throws Exception {
            return super.handle(uri.endsWith("/") ? uri + "index.html" : uri, request, response);
        }
    }
}
