package org.switchboard.server.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.switchboard.listener.source.SourcesConfig;
import org.switchboard.listener.watch.Watchlist;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.Role;

/**
 * The triage alerts' API (docs/triage-alerts.md):
 * <ul>
 *   <li>{@code GET /api/triage/surges}: the active surges (social team, supervisors, admins), so a
 *       page opened after a surge started still shows its banner;</li>
 *   <li>{@code GET /api/triage/webhooks?limit=N}: the webhook's delivery log, newest first
 *       (the social lead: supervisors, and admins);</li>
 *   <li>{@code GET/PUT /api/triage/watchlist} and {@code GET/PUT /api/triage/sources}:
 *       {@code {"yaml": "…"}}, the file's text. Everyone of the triage may read; supervisors and
 *       admins save. A text that does not load is answered 400 with the loader's message (file,
 *       term or source, key) and changes nothing.</li>
 * </ul>
 */
@Path("triage")
@Produces(MediaType.APPLICATION_JSON)
public final class AlertsResource {
    /** The largest configuration text accepted. */
    static final int MAX_CHARS = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SurgeRepository surges;
    private final DeliveryLog deliveries;
    private final WatchlistEditor watchlist;
    private final SourcesEditor sources;

    public AlertsResource(SurgeRepository surges, DeliveryLog deliveries, WatchlistEditor watchlist, SourcesEditor sources) {
        this.surges = Objects.requireNonNull(surges, "surges");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.watchlist = Objects.requireNonNull(watchlist, "watchlist");
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    @GET
    @Path("surges")
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Map<String, Object> surges() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("surges", surges.active().stream().map(Surge::json).toList());
        return out;
    }

    @GET
    @Path("webhooks")
    @StaffOnly({Role.SUPERVISOR, Role.ADMIN})
    public Map<String, Object> webhooks(@QueryParam("limit") Integer limit) {
        int n = limit == null ? 50 : limit;
        if (n < 1 || n > 500) {
            throw error(400, "limit must be 1..500");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("deliveries", deliveries.recent(n));
        return out;
    }

    @GET
    @Path("watchlist")
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Map<String, Object> watchlist() {
        return Map.of("yaml", watchlist.text());
    }

    /** {@code {"yaml": "terms: …"}} → {@code {"saved": true, "terms": N}}, or 400 {@code {"error": "…"}}. */
    @PUT
    @Path("watchlist")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.SUPERVISOR, Role.ADMIN})
    public Map<String, Object> saveWatchlist(String body) {
        Watchlist saved = save(body, watchlist::replace);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("saved", true);
        out.put("terms", saved.terms().size());
        return out;
    }

    @GET
    @Path("sources")
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Map<String, Object> sources() {
        return Map.of("yaml", sources.text());
    }

    /** {@code {"yaml": "sources: …"}} → {@code {"saved": true, "enabled": [names], "disabled": [names]}}, or 400. */
    @PUT
    @Path("sources")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.SUPERVISOR, Role.ADMIN})
    public Map<String, Object> saveSources(String body) {
        SourcesConfig saved = save(body, sources::replace);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("saved", true);
        out.put("enabled", saved.sources().stream().map(s -> s.name()).toList());
        out.put("disabled", saved.disabled());
        return out;
    }

    private static <T> T save(String body, Function<String, T> replace) {
        String yaml = yaml(body);
        try {
            return replace.apply(yaml);
        } catch (IllegalArgumentException e) {
            throw error(400, e.getMessage());
        } catch (UncheckedIOException e) {
            throw error(500, e.getMessage());
        }
    }

    /** The {@code yaml} field of a {@code {"yaml": "…"}} body; 400 naming what is wrong otherwise. */
    static String yaml(String body) {
        if (body == null || body.isBlank()) {
            throw error(400, "the request needs a JSON object body: {\"yaml\": \"…\"}");
        }
        if (body.length() > MAX_CHARS * 2) {
            throw error(413, "the request body is too large");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw error(400, "the body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw error(400, "the body must be a JSON object: {\"yaml\": \"…\"}");
        }
        for (var it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals("yaml")) {
                throw error(400, "unknown field \"" + name + "\" (known: yaml)");
            }
        }
        JsonNode y = root.get("yaml");
        if (y == null || !y.isTextual()) {
            throw error(400, "\"yaml\" must be a string");
        }
        if (y.textValue().length() > MAX_CHARS) {
            throw error(413, "\"yaml\" is longer than " + MAX_CHARS + " characters");
        }
        return y.textValue();
    }

    static WebApplicationException error(int status, String message) {
        return new WebApplicationException(message, Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").entity(Map.of("error", message)).build());
    }
}
