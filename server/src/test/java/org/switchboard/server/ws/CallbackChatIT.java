package org.switchboard.server.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.server.ws.WsClient.frame;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.bot.Bot;
import org.switchboard.bot.BotConfig;
import org.switchboard.bot.FaqSearch;
import org.switchboard.bot.callback.CallbackRules;
import org.switchboard.bot.callback.Rota;
import org.switchboard.bot.callback.Shift;
import org.switchboard.bot.handoff.HandoffRules;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.hours.TeamHours;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;
import org.switchboard.server.agent.AgentDesk;
import org.switchboard.server.agent.ToneGuard;
import org.switchboard.server.callback.Callback;
import org.switchboard.server.callback.CallbackRepository;
import org.switchboard.server.callback.CallbackService;
import org.switchboard.server.callback.ManageTokens;
import org.switchboard.server.callback.RotaRepository;
import org.switchboard.server.callback.BookingOutcome;
import org.switchboard.server.callback.web.CallbackResource;
import org.switchboard.bot.callback.Contact;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.switchboard.server.chat.CallbackBookings;
import org.switchboard.server.chat.ChatConfig;
import org.switchboard.server.chat.ChatService;
import org.switchboard.server.chat.WidgetLabels;
import org.switchboard.server.handoff.HandoffQueue;
import org.switchboard.server.handoff.WaitEstimator;
import org.switchboard.server.http.WebServer;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.jdbc.StoredEvent;

/**
 * Booking over the widget's WebSocket protocol with the real chat service and store: two visitors
 * race for the one place in a slot; one is booked and gets the manage token on their own
 * connection (again after reconnecting), the other is told it was just taken and offered the next
 * free slots; the handoff ends as {@code callback}; the token is in no stored event.
 */
class CallbackChatIT {
    @TempDir
    Path data;
    @TempDir
    Path indexDir;

    FaqIndex index;
    Database database;
    ChatService chat;
    WebServer server;
    CallbackService callbacks;
    final List<WsClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        index = ChatStack.demoIndex(indexDir);
        database = Database.open(DatabaseConfig.embedded(), data);
        BusinessHours always = BusinessHours.always(ChatStack.OFFICE);
        Rota one = new Rota(Stream.of(DayOfWeek.values()).map(d -> new Shift(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, "agent")).toList());
        CallbackRules.Settings s = CallbackRules.standard().defaults();
        CallbackRules rules = new CallbackRules(new CallbackRules.Settings(s.slotLength(), 1, s.serviceLevel(), s.minNotice(),
                s.bookAhead(), 3, one), Map.of());
        callbacks = new CallbackService(rules, TeamHours.of(always), new CallbackRepository(database.transactions(), Clock.systemUTC()),
                new RotaRepository(database.transactions(), Clock.systemUTC()), Clock.systemUTC(), new SecureRandom());
        HandoffRules handoff = HandoffRules.load(ChatStack.CONFIG.resolve("handoff.yaml"));
        Bot bot = Bot.create(new BotConfig("Sam", Language.ENGLISH, always, handoff), FaqSearch.of(index),
                Phrasebook.load(ChatStack.CONFIG.resolve("phrasing")), Clock.systemUTC(), callbacks);
        HandoffQueue queue = new HandoffQueue(database.handoffs(), new WaitEstimator(database.handoffs(), Clock.systemUTC()));
        chat = ChatService.start(ChatConfig.defaults(), bot, database.conversations(), queue,
                WidgetLabels.load(ChatStack.CONFIG.resolve("widget")), Language.ENGLISH, ChatStack.OFFICE, Clock.systemUTC());
        AgentDesk desk = new AgentDesk(chat, database.handoffs(), FaqSearch.of(index), ToneGuard.load(ChatStack.CONFIG.resolve("agent-tone.yaml")),
                handoff.teamIds());
        chat.onCallbackAdvice((team, place) -> desk.callbackAdvice(team, place, HandoffRules.DEFAULT_CALLBACK_AFTER));
        chat.onCallbackBooking(new CallbackBookings(callbacks));
        ResourceConfig api = new ResourceConfig().registerInstances(new CallbackResource(callbacks,
                Phrasebook.load(ChatStack.CONFIG.resolve("phrasing")), Language.ENGLISH, handoff::teamName));
        server = WebServer.start("127.0.0.1", 0, api, List.of(ChatEndpoint.config(chat, ChatConfig.defaults())));
    }

    @AfterEach
    void stop() {
        clients.forEach(WsClient::close);
        server.close();
        chat.close();
        database.close();
        index.close();
    }

    /** A visitor who asked for a person, accepted the call back and sees the slots: [client, token, slots frame]. */
    private Object[] waitingForASlot(String zone) throws Exception {
        WsClient c = WsClient.connect(server.port());
        clients.add(c);
        c.send(frame("hello").put("site_key", "demo").put("language", "en").put("time_zone", zone));
        String token = c.expect("welcome").get("token").asText();
        c.send(frame("person").put("client_id", id()));
        c.until(f -> f.path("kind").asText().equals("callback_offered"));
        c.send(frame("quick_reply").put("client_id", id()).put("reply_id", "callback"));
        JsonNode slots = c.until(f -> f.path("kind").asText().equals("callback_slots_offered")).stream()
                .reduce((a, b) -> b).orElseThrow();
        return new Object[] {c, token, slots};
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static JsonNode after(WsClient c, JsonNode frame, String kind) throws InterruptedException {
        c.send(frame);
        return c.until(f -> f.path("kind").asText().equals(kind)).stream().reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void oneOfTwoVisitorsGetsTheLastPlaceTheOtherIsOfferedTheNextOnes() throws Exception {
        Object[] ana = waitingForASlot("Asia/Ho_Chi_Minh");
        Object[] ben = waitingForASlot("America/New_York");
        WsClient a = (WsClient) ana[0];
        WsClient b = (WsClient) ben[0];
        JsonNode slotA = ((JsonNode) ana[2]).path("data").path("slots").get(0);
        JsonNode slotB = ((JsonNode) ben[2]).path("data").path("slots").get(0);
        assertEquals(slotA.get("start").asText(), slotB.get("start").asText(), "both are offered the same soonest slot");
        assertNotEquals(slotA.get("time").asText(), slotB.get("time").asText(), "each in their own zone");
        Instant contested = Instant.parse(slotA.get("start").asText());

        after(a, frame("quick_reply").put("client_id", id()).put("reply_id", slotA.get("reply_id").asText()), "callback_slot_chosen");
        after(b, frame("quick_reply").put("client_id", id()).put("reply_id", slotB.get("reply_id").asText()), "callback_slot_chosen");
        JsonNode rejected = after(a, frame("message").put("client_id", id()).put("text", "tomorrow"), "input_rejected");
        assertEquals("BAD_CONTACT", rejected.path("data").path("problem").asText());
        after(a, frame("message").put("client_id", id()).put("text", "+84 24 3825 4567"), "callback_contact_given");
        after(b, frame("message").put("client_id", id()).put("text", "ben@example.com"), "callback_contact_given");

        JsonNode booked = after(a, frame("quick_reply").put("client_id", id()).put("reply_id", "no_note"), "callback_booked");
        JsonNode taken = after(b, frame("message").put("client_id", id()).put("text", "about my invoice"), "callback_slots_offered");

        String token = booked.path("data").path("manage_token").asText();
        assertEquals(43, token.length(), booked.toString());
        assertTrue(booked.path("text").asText().contains("(Asia/Ho_Chi_Minh, UTC+07:00) at +84 24 3825 4567"), booked.toString());
        assertTrue(taken.path("text").asText().startsWith("Sorry, that time was just taken."), taken.toString());
        assertFalse(taken.path("data").path("slots").findValuesAsText("start").contains(contested.toString()),
                "the taken slot is not offered again");
        assertTrue(taken.path("data").path("slots").size() > 0);

        List<Callback> all = callbacks.repository().between("support", contested, contested.plus(Duration.ofMinutes(1)));
        assertEquals(1, all.size(), "exactly one booking of the place");
        Callback stored = callbacks.byToken(token).orElseThrow();
        assertEquals(all.get(0), stored);
        assertEquals("+842438254567", stored.contact());
        assertEquals("Asia/Ho_Chi_Minh", stored.visitorZone().getId());
        assertEquals("callback", database.handoffs().forConversation(stored.conversationId()).get(0).outcome());

        // the same link after reconnecting, derived again from the conversation token
        WsClient again = WsClient.connect(server.port());
        clients.add(again);
        again.send(frame("hello").put("site_key", "demo").put("token", (String) ana[1]).put("last_seq", 0));
        JsonNode replayed = again.until(f -> f.path("kind").asText().equals("callback_booked")).stream().reduce((x, y) -> y).orElseThrow();
        assertEquals(token, replayed.path("data").path("manage_token").asText());

        for (StoredEvent e : database.conversations().eventsAfter(stored.conversationId(), 0, 1000)) {
            assertFalse(e.payload().contains(token), "the manage token is not stored: " + e.payload());
        }
        assertEquals(ManageTokens.token((String) ana[1], stored.reference()), token);
    }

    private HttpResponse<String> manage(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/callbacks/" + path))
                .header("X-Callback-Token", token).header("Sec-Fetch-Site", "same-origin")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            r.header("Content-Type", "application/json");
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theManageApiRefusesTakenAndPastSlotsAndUnknownOrCancelledLinksWithClearAnswers() throws Exception {
        var conversation = database.conversations().create("el", java.time.ZoneId.of("Europe/Athens"));
        Instant now = Instant.now();
        List<org.switchboard.bot.callback.Slot> free = callbacks.offer("support", now, now).orElseThrow().slots();
        Contact phone = Contact.parse("+30 21 0123 4567").orElseThrow();
        String token = ((BookingOutcome.Booked) callbacks.book(conversation.conversation().id(), conversation.token(), "support",
                free.get(0).start(), phone, null, java.time.ZoneId.of("Europe/Athens"), "el")).manageToken();
        callbacks.book(conversation.conversation().id(), conversation.token(), "support", free.get(1).start(), phone, null,
                java.time.ZoneId.of("Europe/Athens"), "el");

        HttpResponse<String> view = manage("GET", "manage", token, null);
        assertEquals(200, view.statusCode(), view.body());
        JsonNode v = WsClient.JSON.readTree(view.body());
        assertEquals("booked", v.get("status").asText());
        assertEquals("el", v.get("language").asText());
        assertTrue(v.get("when").asText().startsWith("Θα σας καλέσουμε"), v.toString());
        assertFalse(v.get("slots").findValuesAsText("start").contains(free.get(1).start().toString()), "a full slot is not offered");
        assertEquals("no-store", view.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-referrer", view.headers().firstValue("Referrer-Policy").orElse(""));

        HttpResponse<String> taken = manage("POST", "manage/reschedule", token, "{\"start\":\"" + free.get(1).start() + "\"}");
        assertEquals(409, taken.statusCode(), taken.body());
        JsonNode t = WsClient.JSON.readTree(taken.body());
        assertEquals("taken", t.get("error").asText());
        assertEquals("Λυπούμαστε, αυτή η ώρα μόλις κλείστηκε. Αυτές είναι οι επόμενες ελεύθερες ώρες.", t.get("message").asText());
        assertTrue(t.get("slots").size() > 0, "the next free ones come with the refusal");
        assertEquals(free.get(0).start().toString(), t.get("start").asText(), "nothing changed");

        HttpResponse<String> past = manage("POST", "manage/reschedule", token, "{\"start\":\"" + now.minus(Duration.ofHours(1))
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS) + "\"}");
        assertEquals(409, past.statusCode());
        assertEquals("past", WsClient.JSON.readTree(past.body()).get("error").asText());
        assertEquals(400, manage("POST", "manage/reschedule", token, "{\"start\":\"soon\"}").statusCode());

        assertEquals(200, manage("POST", "manage/cancel", token, null).statusCode());
        HttpResponse<String> again = manage("POST", "manage/cancel", token, null);
        assertEquals(409, again.statusCode());
        assertEquals("cancelled", WsClient.JSON.readTree(again.body()).get("status").asText());
        assertEquals("not_booked", WsClient.JSON.readTree(manage("POST", "manage/reschedule", token,
                "{\"start\":\"" + free.get(2).start() + "\"}").body()).get("error").asText());
        assertEquals(0, WsClient.JSON.readTree(manage("GET", "manage", token, null).body()).get("slots").size());

        HttpResponse<String> unknown = manage("GET", "manage", "x".repeat(43), null);
        assertEquals(404, unknown.statusCode());
        assertEquals("This link is not valid. Please check that you copied all of it.",
                WsClient.JSON.readTree(unknown.body()).get("texts").get("unknown").asText());
        assertEquals(404, manage("POST", "manage/cancel", "short", null).statusCode());
    }
}
