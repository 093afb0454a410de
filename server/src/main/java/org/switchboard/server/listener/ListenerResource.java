package org.switchboard.server.listener;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.Role;

/**
 * {@code GET /api/listener/sources}: each source's health, schedule and read budget usage;
 * {@code GET /api/listener/mentions?limit=N}: the open mentions, highest priority first (the
 * triage page builds on it). Social team, supervisors and admins.
 */
@Path("listener")
@Produces(MediaType.APPLICATION_JSON)
public final class ListenerResource {
    private static final int MAX_LIMIT = 500;

    private final ListenerService service;
    private final MentionRepository mentions;

    public ListenerResource(ListenerService service, MentionRepository mentions) {
        this.service = Objects.requireNonNull(service, "service");
        this.mentions = Objects.requireNonNull(mentions, "mentions");
    }

    @GET
    @Path("sources")
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Map<String, Object> sources() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sources", service.status());
        return out;
    }

    @GET
    @Path("mentions")
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Map<String, Object> mentions(@QueryParam("limit") Integer limit) {
        int n = limit == null ? 100 : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw new WebApplicationException(Response.status(400).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "limit must be 1.." + MAX_LIMIT)).build());
        }
        List<Map<String, Object>> list = mentions.top(n).stream().map(MentionJson::of).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mentions", list);
        return out;
    }
}
