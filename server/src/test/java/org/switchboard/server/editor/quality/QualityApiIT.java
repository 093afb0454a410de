package org.switchboard.server.editor.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqIndex;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.http.WebServer;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.staff.Passwords;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.StaffConfig;
import org.switchboard.server.staff.StaffService;
import org.switchboard.server.staff.web.Http;
import org.switchboard.server.staff.web.Http.Session;
import org.switchboard.server.staff.web.StaffWeb;

/**
 * The quality API over real HTTP, with staff sign-in, roles and CSRF as {@code serve} wires them,
 * on a real index of the demo corpus and an H2 file.
 */
class QualityApiIT {
    static final String PASSWORD = "four words make a phrase";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static FaqIndex index;
    static Database db;
    static WebServer server;
    static Http http;
    static Session editor;
    static Session admin;
    static Session agent;

    /** Another resource at {@code /api/faq}, as the editor's entries API will be: both must be reachable. */
    @jakarta.ws.rs.Path("faq")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class NeighbourResource {
        @GET
        @jakarta.ws.rs.Path("entries")
        @StaffOnly({Role.EDITOR, Role.ADMIN})
        public Map<String, Object> entries() {
            return Map.of("entries", List.of(), "total", 0);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        index = DemoIndex.open(dir.resolve("index"));
        db = Database.open(DatabaseConfig.embedded(), dir.resolve("db"));
        StaffConfig config = StaffConfig.defaults();
        StaffService staff = StaffService.create(db, config, Passwords.create(new Passwords.Cost(1024, 1, 1)), Clock.systemUTC());
        staff.create("elena", "Elena Editor", EnumSet.of(Role.EDITOR), PASSWORD);
        staff.create("ada", "Ada Admin", EnumSet.of(Role.ADMIN), PASSWORD);
        staff.create("alex", "Alex Agent", EnumSet.of(Role.AGENT), PASSWORD);
        JargonStore jargon = new JargonStore(db.transactions(), DemoIndex.CONFIG, Clock.systemUTC());
        RegressionSuite suite = new RegressionSuite(index, new RegressionQuestions(db.transactions()), Clock.systemUTC());
        ResourceConfig api = new ResourceConfig().registerInstances(
                new QualityResource(index, new EditorChecks(index, jargon), jargon, suite), new NeighbourResource());
        StaffWeb.register(api, staff, config);
        server = WebServer.start("127.0.0.1", 0, api, List.of(), StaffWeb.pages(staff, config));
        http = new Http(path -> "http://127.0.0.1:" + server.port() + path);
        editor = signIn("elena");
        admin = signIn("ada");
        agent = signIn("alex");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        db.close();
        index.close();
    }

    static HttpResponse<String> send(String method, String path, String json, Map<String, String> headers) {
        return http.send(method, path, json, headers);
    }

    static Session signIn(String login) {
        return http.signIn(login, PASSWORD);
    }

    static HttpResponse<String> get(String path, Session s) {
        return http.get(path, s);
    }

    static HttpResponse<String> call(String method, String path, String json, Session s) {
        return http.call(method, path, json, s);
    }

    static JsonNode json(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    static final String NEW_ENTRY = "{\"id\":\"concert-tickets\",\"language\":\"en\",\"question\":\"Do you sell concert tickets?\","
            + "\"alternates\":[\"Can I buy tickets for a concert?\"],\"answer\":\"No, we do not sell tickets for concerts.\","
            + "\"tags\":[\"shop\"],\"follow_ups\":[\"store-locations\"],\"translations\":{},\"owner\":\"elena\",\"review_by\":\"2027-01-31\"}";

    @Test
    void tryItAfterTheUnsavedEntryAnswersTheQuestionItAdds() throws IOException {
        JsonNode r = json(call("POST", "/api/faq/try", "{\"question\":\"Do you sell concert tickets?\",\"language\":\"en\","
                + "\"content\":" + NEW_ENTRY + "}", editor), 200);
        JsonNode before = r.get("before");
        JsonNode after = r.get("after");
        assertEquals("ANSWER", after.get("decision").asText(), r.toString());
        assertEquals("concert-tickets", after.get("candidates").get(0).get("id").asText());
        assertEquals("Do you sell concert tickets?", after.get("candidates").get(0).get("question").asText());
        assertEquals("en", after.get("language").asText());
        assertTrue(after.get("confidence").asDouble() > 0);
        for (JsonNode c : before.get("candidates")) {
            assertNotEquals("concert-tickets", c.get("id").asText(), "the served index has no such entry");
        }
        assertNotEquals(before.toString(), after.toString());
        assertTrue(index.entry("concert-tickets").isEmpty(), "trying changes nothing served");
    }

    @Test
    void tryItWithoutContentAnswersBeforeOnly() throws IOException {
        JsonNode r = json(call("POST", "/api/faq/try", "{\"question\":\"How do I reset my password?\"}", admin), 200);
        assertEquals("ANSWER", r.get("before").get("decision").asText());
        assertEquals("reset-password", r.get("before").get("candidates").get(0).get("id").asText());
        assertTrue(r.get("after").isNull());
    }

    @Test
    void agentsAre403AndStrangers401AndWritesNeedTheCsrfToken() {
        assertEquals(403, call("POST", "/api/faq/try", "{\"question\":\"hi\"}", agent).statusCode());
        assertEquals(403, call("POST", "/api/faq/check", "{\"content\":" + NEW_ENTRY + "}", agent).statusCode());
        assertEquals(403, get("/api/faq/regression", agent).statusCode());
        assertEquals(403, get("/api/faq/jargon/en", agent).statusCode());
        assertEquals(401, get("/api/faq/regression", null).statusCode());
        HttpResponse<String> noCsrf = send("POST", "/api/faq/try", "{\"question\":\"hi\"}",
                Map.of("Cookie", editor.cookie(), "Sec-Fetch-Site", "same-origin"));
        assertEquals(403, noCsrf.statusCode(), noCsrf.body());
        assertEquals(200, get("/api/faq/entries", editor).statusCode(), "a neighbour at /api/faq is reachable too");
    }

    @Test
    void badBodiesAre400SayingWhatAndWhere() throws IOException {
        assertEquals("the body is not valid JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name",
                json(call("POST", "/api/faq/try", "{not json}", editor), 400).get("error").asText());
        assertEquals("\"question\" is required: the question as a visitor would ask it",
                json(call("POST", "/api/faq/try", "{\"language\":\"en\"}", editor), 400).get("error").asText());
        assertEquals("the body: unknown field \"qestion\" (known: content, language, question)",
                json(call("POST", "/api/faq/try", "{\"qestion\":\"x\"}", editor), 400).get("error").asText());
        assertEquals("content.translations.xx: unsupported language; supported: en, vi, el, tl, ar",
                json(call("POST", "/api/faq/check", "{\"content\":" + NEW_ENTRY.replace("\"translations\":{}",
                        "\"translations\":{\"xx\":{\"question\":\"q\",\"answer\":\"a\"}}") + "}", editor), 400).get("error").asText());
        assertEquals("content.answer is empty", json(call("POST", "/api/faq/check",
                "{\"content\":" + NEW_ENTRY.replace("\"No, we do not sell tickets for concerts.\"", "\" \"") + "}", editor), 400)
                .get("error").asText());
        assertEquals("content.review_by: \"soon\" is not a date (YYYY-MM-DD)", json(call("POST", "/api/faq/check",
                "{\"content\":" + NEW_ENTRY.replace("2027-01-31", "soon") + "}", editor), 400).get("error").asText());
        assertEquals("content: invalid id 'bad id': use 1-200 letters, digits, '.', '_' or '-', starting with a letter or digit",
                json(call("POST", "/api/faq/try", "{\"question\":\"x\",\"content\":" + NEW_ENTRY.replace("concert-tickets", "bad id")
                        + "}", editor), 400).get("error").asText());
    }

    @Test
    void checkWarnsAboutTheUnsavedEntry() throws IOException {
        String content = NEW_ENTRY.replace("No, we do not sell tickets for concerts.",
                "In order to purchase tickets, please authenticate.");
        JsonNode r = json(call("POST", "/api/faq/check", "{\"content\":" + content + "}", editor), 200);
        List<String> terms = new java.util.ArrayList<>();
        r.get("plain").forEach(w -> terms.add(w.path("term").asText()));
        assertTrue(terms.containsAll(List.of("authenticate", "in order to")), r.toString());
        assertEquals("Flesch reading ease", r.get("readability").get("en").get("name").asText());
        assertTrue(r.get("conflicts").isArray());
    }

    @Test
    void jargonListsAreReadSavedAndRefusedWithTheField() throws IOException {
        JsonNode defaults = json(get("/api/faq/jargon/el", editor), 200);
        assertEquals("el", defaults.get("language").asText());
        assertTrue(defaults.get("terms").size() >= 10);
        assertEquals("terms[1] ('Zugang').suggestion: is required", json(call("PUT", "/api/faq/jargon/el",
                "{\"terms\":[{\"term\":\"ταυτοποίηση\",\"suggestion\":\"σύνδεση\"},{\"term\":\"Zugang\"}]}", editor), 400)
                .get("error").asText());
        assertEquals(defaults, json(get("/api/faq/jargon/el", editor), 200), "a refused list changes nothing");
        JsonNode saved = json(call("PUT", "/api/faq/jargon/el",
                "{\"terms\":[{\"term\":\"ταυτοποίηση\",\"suggestion\":\"σύνδεση\"}]}", editor), 200);
        assertEquals(1, saved.get("terms").size());
        assertEquals(saved, json(get("/api/faq/jargon/el", admin), 200));
        assertEquals("term 'Ταυτοποίηση' is listed twice", json(call("PUT", "/api/faq/jargon/el",
                "{\"terms\":[{\"term\":\"ταυτοποίηση\",\"suggestion\":\"σύνδεση\"},{\"term\":\"Ταυτοποίηση\",\"suggestion\":\"x\"}]}",
                editor), 400).get("error").asText());
        assertEquals(404, get("/api/faq/jargon/de", editor).statusCode());
    }

    @Test
    void regressionQuestionsAreAddedRunListedAndDeleted() throws IOException {
        JsonNode added = json(call("POST", "/api/faq/regression",
                "{\"question\":\"I forgot my password\",\"expected_id\":\"reset-password\"}", editor), 201);
        assertEquals("elena", added.get("author").asText());
        assertTrue(added.get("last").get("passed").asBoolean(), added.toString());
        long id = added.get("id").asLong();
        JsonNode listed = json(get("/api/faq/regression", editor), 200).get("questions");
        assertTrue(listed.toString().contains("\"id\":" + id), listed.toString());
        JsonNode run = json(call("POST", "/api/faq/regression/run", null, admin), 200);
        assertTrue(run.get("total").asInt() >= 1);
        assertEquals(0, run.get("broke").size());
        assertEquals("expected_id: no served entry 'no-such-entry'", json(call("POST", "/api/faq/regression",
                "{\"question\":\"x\",\"expected_id\":\"no-such-entry\"}", editor), 404).get("error").asText());
        assertEquals(204, call("DELETE", "/api/faq/regression/" + id, null, editor).statusCode());
        assertEquals(404, call("DELETE", "/api/faq/regression/" + id, null, editor).statusCode());
    }
}
