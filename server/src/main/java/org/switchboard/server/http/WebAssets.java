package org.switchboard.server.http;

import org.glassfish.grizzly.http.server.CLStaticHttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The web assets under the classpath folder {@code web/}. Adds what Grizzly's handler leaves
 * out: a content type for directory URLs (served as their {@code index.html}) and
 * {@code X-Content-Type-Options: nosniff} on every response.
 */
final class WebAssets extends CLStaticHttpHandler {
    WebAssets() {
        super(WebAssets.class.getClassLoader(), "/web/");
    }

    @Override
    protected boolean handle(String uri, Request request, Response response) throws Exception {
        response.setHeader("X-Content-Type-Options", "nosniff");
        return super.handle(uri.endsWith("/") ? uri + "index.html" : uri, request, response);
    }
}
