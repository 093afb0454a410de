package org.switchboard.server.metrics;

import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * {@code GET /metrics}: the Prometheus text exposition format (version 0.0.4). Public like
 * {@code /api/health}: counts and times only, no conversation, name or address; keep the port
 * behind your firewall or proxy if even that should stay inside (docs/metrics.md).
 */
public final class MetricsPage extends HttpHandler {
    private final ServiceMetrics metrics;

    public MetricsPage(ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getMethod() != Method.GET && request.getMethod() != Method.HEAD) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(405);
            return;
        }
        byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.setContentLength(body.length);
        if (request.getMethod() == Method.GET) {
            response.getOutputStream().write(body);
        }
    }
}
