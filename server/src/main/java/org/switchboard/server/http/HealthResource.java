package org.switchboard.server.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.function.Supplier;

/** {@code GET /api/health}: 200 with {@code {"status":"ok", …}} while the server serves; for load balancers. */
@Path("health")
@Public
public final class HealthResource {
    private final Supplier<Map<String, Object>> details;

    public HealthResource(Supplier<Map<String, Object>> details) {
        this.details = details;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> health() {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("status", "ok");
        out.putAll(details.get());
        return out;
    }
}
