package org.switchboard.server.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Decision;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.web.Http;

/**
 * The editor's API over real HTTP on the running web server, with a real FAQ index of the demo
 * corpus: a published entry reaches the bot within a second, a revert brings the old answer
 * back, roles, sessions, CSRF and the 400/404/409 answers.
 */
class EditorApiIT {
    static final String PETS = "{\"id\":\"pets-in-stores\",\"language\":\"en\",\"question\":\"Can I bring my dog into your stores?\","
            + "\"alternates\":[\"are pets allowed in the shop\",\"dogs in store\"],\"answer\":\"Yes: dogs on a lead are welcome in every Acme store.\","
            + "\"tags\":[\"stores\"],\"owner\":\"eve\",\"review_by\":\"2027-06-30\"}";

    @TempDir
    static Path data;
    static EditorStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = EditorStack.start(data).with("eve", Role.EDITOR).with("ada", Role.ADMIN).with("alex", Role.AGENT)
                .with("sam", Role.SOCIAL);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aPublishedEntryIsAnsweredWithinASecondAndARevertBringsBackTheOldAnswer() {
        Http.Session eve = stack.signIn("eve");
        String question = "Can I bring my dog into your stores?";
        assertNotEquals("pets-in-stores", stack.index.ask(question).faqId().orElse(""));
        HttpResponse<String> created = stack.call("POST", "/api/faq/entries", "{\"content\":" + PETS + "}", eve);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("{\"id\":\"pets-in-stores\",\"head_version\":1,\"status\":\"draft\"}", created.body());

        long start = System.nanoTime();
        HttpResponse<String> published = stack.call("POST", "/api/faq/entries/pets-in-stores/publish", "{\"base_version\":1}", eve);
        FaqAnswer answer = stack.index.ask(question);
        long servedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(published.body().startsWith("{\"head_version\":2,\"live_version\":2,\"status\":\"published\",\"index_ms\":"),
                published.body());
        assertEquals(Decision.ANSWER, answer.decision(), answer.toString());
        assertEquals("pets-in-stores", answer.faqId().orElseThrow());
        System.out.println("EditorApiIT: published entry served within " + servedMs + " ms (request to answer)");
        assertTrue(servedMs < 1000, "served within " + servedMs + " ms");

        // change an answer of the demo corpus, publish, then revert to the imported version
        String hours = "When is customer support open?";
        String before = stack.index.entry("support-hours").orElseThrow().answer();
        HttpResponse<String> entry = stack.get("/api/faq/entries/support-hours", eve);
        assertEquals(200, entry.statusCode());
        assertTrue(entry.body().contains("\"status\":\"published\",\"head_version\":1,\"live_version\":1"), entry.body());
        String edited = "{\"id\":\"support-hours\",\"language\":\"en\",\"question\":\"When is customer support open?\","
                + "\"answer\":\"We are open every day from 07:00 to 23:00.\",\"tags\":[\"support\"]}";
        assertEquals(200, stack.call("PUT", "/api/faq/entries/support-hours", "{\"content\":" + edited + ",\"base_version\":1}", eve)
                .statusCode());
        assertEquals(200, stack.call("POST", "/api/faq/entries/support-hours/publish", "{\"base_version\":2}", eve).statusCode());
        assertEquals("support-hours", stack.index.ask(hours).faqId().orElseThrow());
        assertEquals("We are open every day from 07:00 to 23:00.", stack.index.entry("support-hours").orElseThrow().answer());

        HttpResponse<String> reverted = stack.call("POST", "/api/faq/entries/support-hours/revert",
                "{\"version\":1,\"base_version\":3}", eve);
        assertEquals(200, reverted.statusCode(), reverted.body());
        assertTrue(reverted.body().startsWith("{\"head_version\":4,\"live_version\":4,\"status\":\"published\""), reverted.body());
        assertEquals(before, stack.index.entry("support-hours").orElseThrow().answer());
        HttpResponse<String> versions = stack.get("/api/faq/entries/support-hours/versions", eve);
        assertTrue(versions.body().startsWith("{\"versions\":[{\"version\":4,\"author\":\"eve\""), versions.body());
        HttpResponse<String> diff = stack.get("/api/faq/entries/support-hours/diff?from=2&to=4", eve);
        assertEquals(200, diff.statusCode());
        assertTrue(diff.body().contains("{\"op\":\"-\",\"text\":\"We are open every day from 07:00 to 23:00.\"}"), diff.body());
    }

    @Test
    void onlyEditorsAndAdminsGetIn() {
        for (String login : new String[] {"alex", "sam"}) {
            Http.Session s = stack.signIn(login);
            HttpResponse<String> list = stack.get("/api/faq/entries", s);
            assertEquals(403, list.statusCode(), login);
            assertEquals("{\"error\":\"this needs the role editor or admin\"}", list.body());
            assertEquals(403, stack.call("POST", "/api/faq/entries", "{\"content\":" + PETS + "}", s).statusCode());
        }
        assertEquals(401, stack.get("/api/faq/entries", null).statusCode());
        assertEquals(401, stack.get("/api/faq/export?format=csv", null).statusCode());
        Http.Session ada = stack.signIn("ada");
        HttpResponse<String> list = stack.get("/api/faq/entries?q=password&status=published", ada);
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"id\":\"reset-password\""), list.body());
        HttpResponse<String> noCsrf = stack.send("POST", "/api/faq/entries", HttpRequest.BodyPublishers.ofString("{\"content\":" + PETS + "}"),
                "application/json", Map.of("Cookie", ada.cookie(), "Sec-Fetch-Site", "same-origin"));
        assertEquals(403, noCsrf.statusCode());
        assertTrue(noCsrf.body().contains("X-CSRF-Token"), noCsrf.body());
    }

    @Test
    void badInputGets400SayingWhatAndWhere_staleGets409WithTheHead() {
        Http.Session eve = stack.signIn("eve");
        HttpResponse<String> empty = stack.call("POST", "/api/faq/entries",
                "{\"content\":{\"id\":\"x-1\",\"language\":\"en\",\"question\":\"Why?\",\"answer\":\" \"}}", eve);
        assertEquals(400, empty.statusCode());
        assertEquals("{\"error\":\"content.answer is empty\"}", empty.body());
        HttpResponse<String> date = stack.call("POST", "/api/faq/entries",
                "{\"content\":{\"id\":\"x-1\",\"language\":\"en\",\"question\":\"Why?\",\"answer\":\"Because.\",\"review_by\":\"31/01/2027\"}}", eve);
        assertEquals("{\"error\":\"content.review_by: \\\"31/01/2027\\\" is not a date (YYYY-MM-DD)\"}", date.body());
        HttpResponse<String> lang = stack.call("POST", "/api/faq/entries",
                "{\"content\":{\"id\":\"x-1\",\"language\":\"fr\",\"question\":\"Why?\",\"answer\":\"Because.\"}}", eve);
        assertEquals(400, lang.statusCode());
        assertTrue(lang.body().startsWith("{\"error\":\"content.language: unsupported language 'fr'"), lang.body());
        assertEquals(400, stack.call("POST", "/api/faq/entries", "{\"contents\":{}}", eve).statusCode());
        assertEquals(409, stack.call("POST", "/api/faq/entries",
                "{\"content\":{\"id\":\"reset-password\",\"language\":\"en\",\"question\":\"Why?\",\"answer\":\"Because.\"}}", eve).statusCode());

        HttpResponse<String> staleKnown = stack.call("POST", "/api/faq/entries/support-hours/withdraw", "{\"base_version\":99}", eve);
        assertEquals(409, staleKnown.statusCode(), staleKnown.body());
        assertTrue(staleKnown.body().matches("\\{\"error\":\"entry 'support-hours' changed since version 99: .*\",\"head_version\":\\d+}"),
                staleKnown.body());
        assertEquals(404, stack.get("/api/faq/entries/no-such-entry", eve).statusCode());
        assertEquals(400, stack.get("/api/faq/entries/support-hours/diff?from=a&to=1", eve).statusCode());

        HttpResponse<String> csv = stack.upload("/api/faq/import/preview?filename=faq.csv&mode=merge",
                "id,question,answer\nnew-one,A question?,\n".getBytes(StandardCharsets.UTF_8), eve);
        assertEquals(400, csv.statusCode());
        assertTrue(csv.body().startsWith("{\"error\":\"faq.csv: line 2"), csv.body());
        HttpResponse<String> preview = stack.upload("/api/faq/import/preview?filename=faq.csv&mode=merge",
                "id,question,answer\nnew-one,A question?,An answer.\n".getBytes(StandardCharsets.UTF_8), eve);
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(preview.body().startsWith("{\"added\":[\"new-one\"],\"changed\":[],\"removed\":[]"), preview.body());

        assertTrue(stack.index.entry("new-one").isEmpty(), "a preview changes nothing");
        HttpResponse<String> applied = stack.upload("/api/faq/import/apply?filename=faq.csv&mode=merge",
                "id,question,answer\nnew-one,A question?,An answer.\n".getBytes(StandardCharsets.UTF_8), eve);
        assertEquals(200, applied.statusCode(), applied.body());
        assertTrue(applied.body().contains("\"index_ms\":"), applied.body());
        assertEquals("An answer.", stack.index.entry("new-one").orElseThrow().answer());

        String dangling = "{\"id\":\"dangling\",\"language\":\"en\",\"question\":\"Where next?\",\"answer\":\"See below.\","
                + "\"follow_ups\":[\"nowhere-entry\"]}";
        assertEquals(201, stack.call("POST", "/api/faq/entries", "{\"content\":" + dangling + "}", eve).statusCode());
        HttpResponse<String> refused = stack.call("POST", "/api/faq/entries/dangling/publish", "{\"base_version\":1}", eve);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("unknown follow-up 'nowhere-entry'"), refused.body());
        assertTrue(stack.get("/api/faq/entries/dangling", eve).body().contains("\"status\":\"draft\",\"head_version\":1,"));
        assertTrue(stack.index.entry("dangling").isEmpty());

        HttpResponse<String> export = stack.get("/api/faq/export?format=csv", eve);
        assertEquals(200, export.statusCode());
        assertEquals("attachment; filename=faq.csv", export.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(export.body().contains("support-hours"));
        assertEquals(400, stack.get("/api/faq/export?format=docx", eve).statusCode());
    }
}
