package org.switchboard.server.http;

import java.util.Map;
import org.glassfish.grizzly.http.server.CLStaticHttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The web assets under the classpath folder {@code web/}. Adds what Grizzly's handler leaves
 * out: a content type for directory URLs (served as their {@code index.html}), UTF-8 as the
 * charset of scripts and style sheets (the widget is embedded in pages of any encoding), and
 * {@code X-Content-Type-Options: nosniff} on every response.
 */
final class WebAssets extends CLStaticHttpHandler {
    private static final Map<String, String> TEXT_TYPES = Map.of(
            ".js", "text/javascript;charset=utf-8",
            ".css", "text/css;charset=utf-8");

    WebAssets() {
        super(WebAssets.class.getClassLoader(), "/web/");
    }

    @Override
    protected boolean handle(String uri, Request request, Response response) throws Exception {
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = uri.endsWith("/") ? uri + "index.html" : uri;
        String extension = path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf('/')));
        String type = TEXT_TYPES.get(extension);
        if (type != null) {
            response.setContentType(type); // kept by Grizzly, which sets a type only when none is set
        }
        return super.handle(path, request, response);
    }
}
