package org.switchboard.server.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Language;
import org.switchboard.faq.analysis.FaqAnalyzers;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.StaffConfig;
import org.switchboard.server.unanswered.BotChats;
import org.switchboard.server.unanswered.UnansweredActions;
import org.switchboard.server.unanswered.UnansweredQuestions;
import org.switchboard.server.unanswered.UnansweredResource;

/**
 * {@code /api/faq/unanswered} over real HTTP with staff sign-in: clusters made by conversations
 * with the real bot, the three actions reaching the library's port (recorded here), roles, CSRF,
 * bad references and a failed action that leaves the questions in the list.
 */
class UnansweredApiIT {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final Instant TODAY = NOW.minus(Duration.ofHours(2));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path indexDir;
    static BotChats chats;
    static FaqAnalyzers analyzers;

    @TempDir
    Path data;
    StaffStack stack;
    Http http;
    final Recorder library = new Recorder();

    /** The library's side of the seam: records each call, fails when told to. */
    static final class Recorder implements UnansweredActions {
        final List<List<Object>> calls = Collections.synchronizedList(new ArrayList<>());
        volatile RuntimeException fail;

        @Override
        public String newDraft(String id, String language, String question, List<String> alternates, String author) {
            calls.add(List.of("newDraft", id, language, question, alternates, author));
            if (fail != null) {
                throw fail;
            }
            return id;
        }

        @Override
        public void addAlternates(String entryId, List<String> phrasings, String author) {
            calls.add(List.of("addAlternates", entryId, phrasings, author));
            if (entryId.equals("no-such-entry")) {
                throw new NoSuchElementException("no entry 'no-such-entry'");
            }
        }
    }

    @BeforeAll
    static void index() throws Exception {
        chats = BotChats.open(indexDir);
        analyzers = FaqAnalyzers.create();
    }

    @AfterAll
    static void closeIndex() {
        chats.close();
        analyzers.close();
    }

    @BeforeEach
    void start() throws Exception {
        stack = StaffStack.start(data, StaffConfig.defaults(), db -> new Object[] {new UnansweredResource(
                new UnansweredQuestions(db.transactions(), analyzers, Clock.fixed(NOW, ZoneOffset.UTC)), library)})
                .with("elena", "Elena Editor", Role.EDITOR).with("ada", "Ada Admin", Role.ADMIN)
                .with("alex", "Alex Agent", Role.AGENT);
        http = new Http(stack);
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    /** Garden furniture asked three ways, none answered; the weather once. Returns the garden refs. */
    private Set<String> gardenChats() {
        BotChats.Chat a = chats.start(stack.database.conversations(), TODAY, Language.ENGLISH)
                .say("do you sell garden furniture").say("Do you have any garden furniture?");
        BotChats.Chat b = chats.start(stack.database.conversations(), TODAY.plusSeconds(600), Language.ENGLISH)
                .say("garden furniture for sale?").say("what's the weather like in athens tomorrow");
        return Set.of(a.ref("do you sell garden furniture"), a.ref("Do you have any garden furniture?"),
                b.ref("garden furniture for sale?"));
    }

    private JsonNode list(Http.Session who) throws Exception {
        HttpResponse<String> r = http.get("/api/faq/unanswered?days=30", who);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        return JSON.readTree(r.body()).get("clusters");
    }

    private static Set<String> refs(JsonNode cluster) {
        Set<String> out = new HashSet<>();
        cluster.get("refs").forEach(r -> out.add(r.asText()));
        return out;
    }

    private static String body(Set<String> refs, String more) throws Exception {
        return "{\"refs\":" + JSON.writeValueAsString(new ArrayList<>(refs)) + more + "}";
    }

    @Test
    void anEditorSeesTheClusterAndTurnsItIntoADraftWithItsQuestions() throws Exception {
        Set<String> garden = gardenChats();
        Http.Session elena = http.signIn("elena");

        JsonNode clusters = list(elena);
        assertEquals(2, clusters.size(), clusters.toString());
        JsonNode first = clusters.get(0);
        assertEquals(3, first.get("count").asInt());
        assertEquals("en", first.get("language").asText());
        assertEquals(garden, refs(first));
        assertEquals(3, first.get("examples").size());
        JsonNode example = first.get("examples").get(0);
        assertEquals("garden furniture for sale?", example.get("text").asText());
        assertEquals("chat", example.get("source").asText());
        assertEquals("handoff", example.get("reason").asText());
        assertEquals(TODAY.plusSeconds(610).toString(), example.get("at").asText());
        assertEquals(TODAY.plusSeconds(610).toString(), first.get("last_at").asText());
        assertEquals(TODAY.plusSeconds(10).toString(), first.get("first_at").asText());
        String label = first.get("label").asText();

        HttpResponse<String> made = http.call("POST", "/api/faq/unanswered/new-entry", body(garden, ",\"id\":\"garden-furniture\""),
                elena);
        assertEquals(201, made.statusCode(), made.body());
        assertEquals("{\"id\":\"garden-furniture\",\"head_version\":1,\"status\":\"draft\"}", made.body());
        assertEquals(1, library.calls.size());
        List<Object> call = library.calls.get(0);
        assertEquals(List.of("newDraft", "garden-furniture", "en", label), call.subList(0, 4));
        Set<String> others = new HashSet<>(Set.of("do you sell garden furniture", "Do you have any garden furniture?",
                "garden furniture for sale?"));
        others.remove(label);
        assertEquals(others, new HashSet<>((List<?>) call.get(4)), "the other distinct questions as alternates");
        assertEquals("elena", call.get(5));

        JsonNode after = list(elena);
        assertEquals(1, after.size(), "handled questions leave the list: " + after);
        assertEquals("what's the weather like in athens tomorrow", after.get(0).get("label").asText());
        HttpResponse<String> again = http.call("POST", "/api/faq/unanswered/new-entry",
                body(garden, ",\"id\":\"garden-furniture-2\""), elena);
        assertEquals(409, again.statusCode(), "a second click: " + again.body());
        assertTrue(again.body().startsWith("{\"error\":\"refs: already handled "), again.body());
        assertEquals(1, library.calls.size(), "and nothing reached the library");
    }

    @Test
    void addToGivesTheQuestionsToAnEntryAsAlternatesAndAnUnknownEntryIs404KeepingThem() throws Exception {
        Set<String> garden = gardenChats();
        Http.Session ada = http.signIn("ada");

        HttpResponse<String> missing = http.call("POST", "/api/faq/unanswered/add-to", body(garden, ",\"entry_id\":\"no-such-entry\""),
                ada);
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals("{\"error\":\"no entry 'no-such-entry'\"}", missing.body());
        assertEquals(garden, refs(list(ada).get(0)), "a failed action leaves the questions in the list");

        HttpResponse<String> added = http.call("POST", "/api/faq/unanswered/add-to", body(garden, ",\"entry_id\":\"store-locations\""),
                ada);
        assertEquals(200, added.statusCode(), added.body());
        assertEquals("{\"id\":\"store-locations\",\"status\":\"draft\"}", added.body());
        List<Object> call = library.calls.get(1);
        assertEquals("addAlternates", call.get(0));
        assertEquals("store-locations", call.get(1));
        assertEquals(Set.of("do you sell garden furniture", "Do you have any garden furniture?", "garden furniture for sale?"),
                new HashSet<>((List<?>) call.get(2)));
        assertEquals("ada", call.get(3));
        assertEquals(1, list(ada).size());
    }

    @Test
    void dismissTakesTheQuestionsOffTheListWithoutTouchingTheLibrary() throws Exception {
        Set<String> garden = gardenChats();
        Http.Session elena = http.signIn("elena");

        HttpResponse<String> r = http.call("POST", "/api/faq/unanswered/dismiss", body(garden, ""), elena);
        assertEquals(204, r.statusCode(), r.body());
        assertEquals(1, list(elena).size());
        assertEquals(List.of(), library.calls);
        assertEquals(409, http.call("POST", "/api/faq/unanswered/dismiss", body(garden, ""), elena).statusCode());
    }

    @Test
    void unknownReferencesAre400NamingThemAndChangeNothing() throws Exception {
        Set<String> garden = gardenChats();
        Http.Session elena = http.signIn("elena");
        Set<String> refs = new java.util.LinkedHashSet<>(garden);
        refs.add("chat:999999:3");

        HttpResponse<String> r = http.call("POST", "/api/faq/unanswered/new-entry", body(refs, ",\"id\":\"garden-furniture\""), elena);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("{\"error\":\"refs: no unanswered question chat:999999:3\"}", r.body());
        assertEquals(List.of(), library.calls);
        assertEquals(garden, refs(list(elena).get(0)));

        for (String[] bad : new String[][] {
                {"new-entry", "{\"refs\":[],\"id\":\"x\"}", "refs: a non-empty list of question references is needed"},
                {"new-entry", body(garden, ""), "id: the new entry's id is needed"},
                {"new-entry", body(garden, ",\"id\":\"x\",\"language\":\"xx\""), "language: unknown 'xx' (supported: en, vi, el, tl, ar)"},
                {"add-to", body(garden, ",\"entry\":\"x\""), "unknown field \"entry\" (known: entry_id, refs)"},
                {"dismiss", "{\"refs\":[12]}", "refs[0] must be a string like chat:12:5 or mention:7"},
                {"dismiss", "[1,2", "the body is not valid JSON"}}) {
            HttpResponse<String> e = http.call("POST", "/api/faq/unanswered/" + bad[0], bad[1], elena);
            assertEquals(400, e.statusCode(), bad[1] + " " + e.body());
            assertEquals(JSON.writeValueAsString(Map.of("error", bad[2])), e.body());
        }
        assertEquals(400, http.get("/api/faq/unanswered?days=abc", elena).statusCode());
        assertEquals(400, http.get("/api/faq/unanswered?days=400", elena).statusCode());
        assertEquals(400, http.get("/api/faq/unanswered?language=klingon", elena).statusCode());
        assertEquals(400, http.get("/api/faq/unanswered?source=email", elena).statusCode());
        assertEquals(List.of(), library.calls);
        assertEquals(garden, refs(list(elena).get(0)));
    }

    @Test
    void aLibraryThatRefusesTheDraftIs409AndTheQuestionsStay() throws Exception {
        Set<String> garden = gardenChats();
        Http.Session elena = http.signIn("elena");
        library.fail = new IllegalStateException("entry 'store-locations' exists");

        HttpResponse<String> r = http.call("POST", "/api/faq/unanswered/new-entry", body(garden, ",\"id\":\"store-locations\""), elena);
        assertEquals(409, r.statusCode(), r.body());
        assertEquals("{\"error\":\"entry 'store-locations' exists\"}", r.body());
        assertEquals(garden, refs(list(elena).get(0)));
    }

    @Test
    void agentsAre403WithoutASessionIs401AndWritesNeedTheCsrfToken() throws Exception {
        Set<String> garden = gardenChats();
        Http.Session alex = http.signIn("alex");
        assertEquals(403, http.get("/api/faq/unanswered", alex).statusCode());
        for (String action : List.of("new-entry", "add-to", "dismiss")) {
            assertEquals(403, http.call("POST", "/api/faq/unanswered/" + action, body(garden, ""), alex).statusCode(), action);
            assertEquals(401, http.send("POST", "/api/faq/unanswered/" + action, body(garden, ""), Map.of("Sec-Fetch-Site",
                    "same-origin")).statusCode(), action);
        }
        assertEquals(401, http.get("/api/faq/unanswered", null).statusCode());

        Http.Session elena = http.signIn("elena");
        HttpResponse<String> noToken = http.send("POST", "/api/faq/unanswered/dismiss", body(garden, ""),
                Map.of("Cookie", elena.cookie(), "Sec-Fetch-Site", "same-origin"));
        assertEquals(403, noToken.statusCode(), noToken.body());
        HttpResponse<String> crossSite = http.send("POST", "/api/faq/unanswered/dismiss", body(garden, ""),
                Map.of("Cookie", elena.cookie(), "X-CSRF-Token", elena.csrf(), "Sec-Fetch-Site", "cross-site"));
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        assertEquals(List.of(), library.calls);
        assertEquals(garden, refs(list(elena).get(0)), "refused calls changed nothing");
    }
}
