package org.switchboard.server.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Language;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.listener.ListenerParts;
import org.switchboard.server.listener.ListenerService;
import org.switchboard.server.listener.MentionRepository;

/**
 * {@link AlertsResource} shares {@code /api/triage} with the triage desk's own resource: Jersey
 * merges root resources of the same path, so both answer (access rules aside: no
 * {@code AccessFeature} here).
 */
class AlertsResourcePathTest {
    @TempDir
    java.nio.file.Path dir;

    /** Another resource at the same root, as the triage desk has. */
    @Path("triage")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Desk {
        @GET
        @Path("feed")
        public Map<String, Object> feed() {
            return Map.of("desk", true);
        }
    }

    @Test
    void bothResourcesAtTriageAnswer() throws Exception {
        java.nio.file.Path listener = Files.createDirectories(dir.resolve("config").resolve("listener"));
        Files.writeString(listener.resolve("watchlist.yaml"), "terms: [{name: Acme, kind: brand}]\n");
        try (Database db = Database.open(DatabaseConfig.embedded(), dir.resolve("data"));
             ListenerParts parts = ListenerParts.load(dir.resolve("config"), null, dir.resolve("data"), null, Language.ENGLISH,
                     java.time.Clock.systemUTC());
             ListenerService service = new ListenerService(List.of(), parts.finder(),
                     new MentionRepository(db.transactions(), java.time.Clock.systemUTC()), java.time.Clock.systemUTC())) {
            AlertsResource alerts = new AlertsResource(new SurgeRepository(db.transactions()), new DeliveryLog(db.transactions()),
                    new WatchlistEditor(listener.resolve("watchlist.yaml"), parts, w -> { }),
                    new SourcesEditor(listener.resolve("sources.yaml"), Map.of(), service));
            ApplicationHandler app = new ApplicationHandler(new ResourceConfig().registerInstances(alerts, new Desk()));
            assertEquals(200, get(app, "triage/feed").getStatus());
            ContainerResponse surges = get(app, "triage/surges");
            assertEquals(200, surges.getStatus());
            assertEquals(Map.of("surges", List.of()), surges.getEntity());
            assertEquals(200, get(app, "triage/watchlist").getStatus());
        }
    }

    private static ContainerResponse get(ApplicationHandler app, String path) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"), URI.create("http://localhost/" + path),
                "GET", null, new org.glassfish.jersey.internal.MapPropertiesDelegate(), app.getConfiguration());
        return app.apply(request).get();
    }
}
