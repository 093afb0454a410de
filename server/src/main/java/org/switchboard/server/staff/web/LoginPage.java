package org.switchboard.server.staff.web;

import org.glassfish.grizzly.http.server.CLStaticHttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The login page at {@code /login} and its script and style sheet under {@code /login/}, from the
 * classpath folder {@code login/}, with {@link PageHeaders} (which the public asset handler does
 * not add): the page that takes passwords must not be framed or cached.
 */
final class LoginPage extends CLStaticHttpHandler {
    LoginPage() {
        super(LoginPage.class.getClassLoader(), "/login/");
        setFileCacheEnabled(false);
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        PageHeaders.apply(response);
        String uri = request.getDecodedRequestURI();
        String context = request.getContextPath();
        String relative = uri == null || uri.length() <= context.length() ? "/" : uri.substring(context.length());
        if (relative.contains("..") || !handle(relative.equals("/") ? "/login.html" : relative, request, response)) {
            response.sendError(404);
        }
    }
}
