package org.switchboard.server.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Language;
import org.switchboard.listener.Post;
import org.switchboard.listener.source.Source;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.listener.ListenerParts;
import org.switchboard.server.listener.ListenerService;
import org.switchboard.server.listener.MentionRepository;

/**
 * Editing the watchlist and the sources while the listener runs: a refused text names the file
 * and the key and changes nothing; an accepted one replaces the file atomically, keeps the old one
 * as {@code .bak} and is in force at once.
 */
class ConfigEditorsIT {
    static final String WATCHLIST = "terms:\n  - {name: Acme, kind: brand}\n  - {name: Maria Santos, kind: staff}\n";
    static final String SOURCES = "sources:\n  - {name: blog, kind: feed, url: 'http://127.0.0.1:9/feed.xml', interval: 5m, enabled: false}\n";

    @TempDir
    Path dir;
    Path listenerDir;
    Database db;
    ListenerParts parts;
    ListenerService listener;

    @BeforeEach
    void setUp() throws IOException {
        listenerDir = Files.createDirectories(dir.resolve("config").resolve("listener"));
        Files.writeString(listenerDir.resolve("watchlist.yaml"), WATCHLIST);
        Files.writeString(listenerDir.resolve("sources.yaml"), SOURCES);
        db = Database.open(DatabaseConfig.embedded(), dir.resolve("data"));
        parts = ListenerParts.load(dir.resolve("config"), null, dir.resolve("data"), null, Language.ENGLISH, Clock.systemUTC());
        listener = new ListenerService(List.of(), parts.finder(), new MentionRepository(db.transactions(), Clock.systemUTC()),
                Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        listener.close();
        parts.close();
        db.close();
    }

    private boolean matches(String text) {
        return parts.finder().find(new Post("1", "x", text, "@a", 0, 0, "https://x.example/1", Instant.now(), null)).isPresent();
    }

    private List<String> strayFiles() throws IOException {
        try (Stream<Path> files = Files.list(listenerDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void aRefusedWatchlistNamesFileTermAndKeyAndChangesNothing() throws IOException {
        Path file = listenerDir.resolve("watchlist.yaml");
        WatchlistEditor editor = new WatchlistEditor(file, parts, w -> { });
        String message = assertThrows(IllegalArgumentException.class,
                () -> editor.replace("terms:\n  - {name: Zephyr, kind: gadget}\n")).getMessage();
        assertTrue(message.startsWith(file.toString() + ":"), message);
        assertTrue(message.contains("(Zephyr): kind: unknown kind 'gadget'"), message);
        assertEquals(WATCHLIST, Files.readString(file));
        assertFalse(Files.exists(listenerDir.resolve("watchlist.yaml.bak")));
        assertEquals(List.of(), strayFiles());
        assertTrue(matches("Acme is down again"));
        assertFalse(matches("Zephyr is down again"));
    }

    @Test
    void anAcceptedWatchlistIsSavedWithABackupAndMatchesFromTheNextPost() throws IOException {
        Path file = listenerDir.resolve("watchlist.yaml");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        WatchlistEditor editor = new WatchlistEditor(file, parts, w -> { });
        String edited = WATCHLIST + "  - {name: Zephyr, kind: product}\n";
        assertEquals(3, editor.replace(edited).terms().size());
        assertEquals(edited, Files.readString(file));
        assertEquals(edited, editor.text());
        assertEquals(WATCHLIST, Files.readString(listenerDir.resolve("watchlist.yaml.bak")));
        assertEquals(List.of(), strayFiles());
        assertTrue(matches("Zephyr is down again"));
        assertEquals(file.toString(), parts.watchlist().orElseThrow().file());
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "the file keeps its permissions");
    }

    @Test
    void aWatchlistTheStaffNoticesNoLongerFitIsRefused() throws IOException {
        Files.writeString(listenerDir.resolve("alerts.yaml"), "staff_notices: {Maria Santos: maria@acme.example}\n");
        Path file = listenerDir.resolve("watchlist.yaml");
        WatchlistEditor editor = new WatchlistEditor(file, parts,
                w -> AlertRules.load(AlertRules.file(dir.resolve("config")), Map.of(), w));
        String message = assertThrows(IllegalArgumentException.class,
                () -> editor.replace("terms: [{name: Acme, kind: brand}]")).getMessage();
        assertTrue(message.contains("alerts.yaml: key 'staff_notices.Maria Santos': not a staff term"), message);
        assertEquals(WATCHLIST, Files.readString(file));
    }

    @Test
    void refusedSourcesNameTheFileNotTheTemporaryOneAndChangeNothing() throws IOException {
        Path file = listenerDir.resolve("sources.yaml");
        SourcesEditor editor = new SourcesEditor(file, Map.of(), listener);
        String message = assertThrows(IllegalArgumentException.class, () -> editor.replace(
                "sources:\n  - {name: blog, kind: feed, url: 'http://127.0.0.1:9/feed.xml', interval: 5 minutes}\n")).getMessage();
        assertTrue(message.startsWith(file + ": source 'blog' (sources[0]), key 'interval'"), message);
        assertFalse(message.contains(".tmp"), message);
        assertEquals(SOURCES, Files.readString(file));
        assertEquals(List.of(), strayFiles());
        assertEquals(List.of(), listener.sources());
        // credentials are checked with the server's environment
        String x = assertThrows(IllegalArgumentException.class, () -> editor.replace("sources:\n  - {name: x, kind: twitter_mentions,"
                + " interval: 5m, budget: {per_day: 10, per_month: 100}}\n")).getMessage();
        assertTrue(x.contains("SWITCHBOARD_TWITTER_"), x);
    }

    @Test
    void acceptedSourcesAreSavedWithABackupAndPolledFromNowOn() throws IOException {
        Path file = listenerDir.resolve("sources.yaml");
        SourcesEditor editor = new SourcesEditor(file, Map.of(), listener);
        String edited = SOURCES.replace("enabled: false", "enabled: true");
        assertEquals(List.of("blog"), editor.replace(edited).sources().stream().map(Source::name).toList());
        assertEquals(edited, Files.readString(file));
        assertEquals(SOURCES, Files.readString(listenerDir.resolve("sources.yaml.bak")));
        assertEquals(List.of("blog"), listener.sources().stream().map(Source::name).toList());
        assertEquals("blog", listener.status().get(0).get("name"));
    }

    @Test
    void aMissingFileIsCreated() throws IOException {
        Files.delete(listenerDir.resolve("sources.yaml"));
        SourcesEditor editor = new SourcesEditor(listenerDir.resolve("sources.yaml"), Map.of(), listener);
        assertEquals("", editor.text());
        editor.replace("sources: []\n");
        assertEquals("sources: []\n", Files.readString(listenerDir.resolve("sources.yaml")));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(listenerDir.resolve("sources.yaml"))));
        assertFalse(Files.exists(listenerDir.resolve("sources.yaml.bak")));
    }
}
