package org.switchboard.server.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.server.ws.WsClient.frame;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqIndex;
import org.switchboard.server.chat.ChatConfig;
import org.switchboard.server.jdbc.Handoff;

/**
 * The agents' side over real WebSockets against the real stack: sign-in and origin checks, the
 * live line, the take-race, two-way chat, the tone guard, transfer to a supervisor and close.
 */
class AgentDeskIT {
    @TempDir
    static Path indexDir;
    private static FaqIndex index;

    @TempDir
    Path data;
    private ChatStack stack;
    private final List<WsClient> clients = new ArrayList<>();

    @BeforeAll
    static void buildIndex() throws Exception {
        index = ChatStack.demoIndex(indexDir);
    }

    @AfterAll
    static void closeIndex() {
        index.close();
    }

    @BeforeEach
    void start() throws Exception {
        stack = ChatStack.start(data, index, ChatConfig.defaults().withPerAddress(10_000), 0);
    }

    @AfterEach
    void stop() {
        clients.forEach(WsClient::close);
        stack.close();
    }

    private WsClient agent(long id) throws Exception {
        WsClient c = WsClient.agent(stack.port(), Map.of("Cookie", "theme=dark; agent=" + id,
                "Origin", "http://127.0.0.1:" + stack.port()));
        clients.add(c);
        JsonNode desk = c.expect("desk");
        assertEquals(ChatStack.AGENTS.get(id).name(), desk.at("/agent/name").asText());
        return c;
    }

    private WsClient visitor() throws Exception {
        WsClient v = WsClient.connect(stack.port());
        clients.add(v);
        v.send(frame("hello").put("site_key", "demo").put("language", "en"));
        JsonNode welcome = v.expect("welcome");
        for (long i = 0; i < welcome.get("last_seq").asLong(); i++) {
            v.expect("event");
        }
        return v;
    }

    private static JsonNode queueEntry(WsClient agent) throws InterruptedException {
        List<JsonNode> frames = agent.until(f -> f.path("type").asText().equals("queue") && f.get("queue").size() > 0);
        return frames.get(frames.size() - 1).get("queue").get(0);
    }

    private static JsonNode untilKind(WsClient c, String kind) throws InterruptedException {
        List<JsonNode> frames = c.until(f -> f.path("kind").asText().equals(kind));
        return frames.get(frames.size() - 1);
    }

    @Test
    void withoutASessionOrFromAnotherSiteTheConsoleIsClosedWith1008() throws Exception {
        WsClient anonymous = WsClient.agent(stack.port(), Map.of());
        clients.add(anonymous);
        assertEquals(1008, anonymous.closeCode());
        WsClient forged = WsClient.agent(stack.port(), Map.of("Cookie", "agent=1", "Origin", "https://evil.example"));
        clients.add(forged);
        assertEquals(1008, forged.closeCode());
        WsClient unknown = WsClient.agent(stack.port(), Map.of("Cookie", "agent=99"));
        clients.add(unknown);
        assertEquals(1008, unknown.closeCode());
    }

    @Test
    void aHandoffAppearsInTheLineAndOfTwoAgentsTakingItOneWins() throws Exception {
        WsClient ana = agent(1);
        WsClient ben = agent(2);
        WsClient v = visitor();
        v.send(frame("message").put("client_id", "m-1").put("text", "I want to talk to a person about my parcel"));
        v.expect("ack");

        JsonNode entry = queueEntry(ana);
        assertEquals("support", entry.get("team").asText());
        assertEquals("en", entry.get("language").asText());
        assertEquals("I want to talk to a person about my parcel", entry.get("first_message").asText());
        assertEquals(entry, queueEntry(ben));

        long handoff = entry.get("handoff_id").asLong();
        ana.send(frame("take").put("handoff_id", handoff));
        ben.send(frame("take").put("handoff_id", handoff));
        JsonNode anaResult = ana.until(f -> f.path("type").asText().matches("taken|take_failed")).stream()
                .filter(f -> f.path("type").asText().matches("taken|take_failed")).findFirst().orElseThrow();
        JsonNode benResult = ben.until(f -> f.path("type").asText().matches("taken|take_failed")).stream()
                .filter(f -> f.path("type").asText().matches("taken|take_failed")).findFirst().orElseThrow();
        List<String> outcomes = new ArrayList<>(List.of(anaResult.get("type").asText(), benResult.get("type").asText()));
        outcomes.sort(null);
        assertEquals(List.of("take_failed", "taken"), outcomes);
        JsonNode failed = anaResult.get("type").asText().equals("take_failed") ? anaResult : benResult;
        String winner = anaResult.get("type").asText().equals("taken") ? "Ana" : "Ben";
        assertEquals(winner, failed.get("taken_by").asText());
        assertTrue(failed.get("message").asText().contains(winner + " has already taken"), failed.toString());

        JsonNode joined = untilKind(v, "agent_joined");
        assertEquals(winner + " from Support has joined the chat.", joined.get("text").asText());
        assertEquals("agent", joined.get("author").asText());
        Handoff stored = stack.database.handoffs().find(handoff).orElseThrow();
        assertEquals(winner, stored.agentName());
        assertTrue(stored.pickUpWait().isPresent(), "the pick-up time is stored");
    }

    @Test
    void theAgentAndTheVisitorChatBothWaysAndTheBotStaysQuiet() throws Exception {
        WsClient ana = agent(1);
        WsClient v = visitor();
        v.send(frame("person").put("client_id", "p-1"));
        ana.send(frame("take").put("handoff_id", queueEntry(ana).get("handoff_id").asLong()));
        JsonNode view = ana.until(f -> f.path("type").asText().equals("conversation")).stream()
                .filter(f -> f.path("type").asText().equals("conversation")).findFirst().orElseThrow();
        assertEquals("VISITOR_ASKED", view.at("/handoff/reason").asText());
        assertTrue(view.get("events").size() >= 3, "the whole transcript: " + view);
        untilKind(v, "agent_joined");

        v.send(frame("message").put("client_id", "m-1").put("text", "where is my parcel?"));
        v.expect("ack");
        JsonNode seen = untilKind(ana, "message_received");
        assertEquals("where is my parcel?", seen.get("text").asText());
        List<JsonNode> afterwards = v.drain(400);
        assertFalse(afterwards.stream().anyMatch(f -> f.path("author").asText().equals("bot")), "the bot keeps quiet: " + afterwards);

        long id = seen.get("conversation_id").asLong();
        v.send(frame("typing").put("on", true));
        JsonNode typing = ana.until(f -> f.path("type").asText().equals("typing")).stream()
                .filter(f -> f.path("type").asText().equals("typing")).findFirst().orElseThrow();
        assertEquals(List.of("visitor", "true", String.valueOf(id)), List.of(typing.get("author").asText(),
                typing.get("on").asText(), typing.get("conversation_id").asText()));
        ana.send(frame("typing").put("conversation_id", id).put("on", true));
        JsonNode agentTyping = v.until(f -> f.path("type").asText().equals("typing")).stream()
                .filter(f -> f.path("type").asText().equals("typing")).findFirst().orElseThrow();
        assertEquals("agent", agentTyping.get("author").asText());
        assertTrue(agentTyping.get("on").asBoolean());

        ana.send(frame("message").put("conversation_id", id).put("client_id", "a-1")
                .put("text", "It left our warehouse this morning."));
        JsonNode reply = untilKind(v, "agent_message_sent");
        assertEquals("It left our warehouse this morning.", reply.get("text").asText());
        assertEquals("agent", reply.get("author").asText());
        assertEquals("Ana", reply.at("/data/agent_name").asText());
    }

    @Test
    void withNobodyAvailableTheVisitorIsOfferedACallBackAndWithAnAgentAvailableNot() throws Exception {
        WsClient away = visitor();
        away.send(frame("person").put("client_id", "p-1"));
        JsonNode offer = untilKind(away, "callback_offered");
        assertEquals("NO_AGENT", offer.at("/data/reason").asText());
        away.send(frame("quick_reply").put("client_id", "q-1").put("reply_id", "callback"));
        assertTrue(untilKind(away, "callback_requested").get("text").asText().contains("agree a time"));

        WsClient ana = agent(1);
        ana.send(frame("availability").put("available", true));
        ana.until(f -> f.path("type").asText().equals("availability"));
        WsClient waiting = visitor();
        waiting.send(frame("person").put("client_id", "p-2"));
        untilKind(waiting, "queue_updated");
        assertFalse(waiting.drain(400).stream().anyMatch(f -> f.path("kind").asText().equals("callback_offered")));
    }

    @Test
    void theToneGuardHoldsANegativeReplyUntilTheAgentSendsAnyway() throws Exception {
        WsClient ana = agent(1);
        WsClient v = visitor();
        v.send(frame("person").put("client_id", "p-1"));
        ana.send(frame("take").put("handoff_id", queueEntry(ana).get("handoff_id").asLong()));
        long id = ana.until(f -> f.path("type").asText().equals("taken")).stream()
                .filter(f -> f.path("type").asText().equals("taken")).findFirst().orElseThrow().get("conversation_id").asLong();
        untilKind(v, "agent_joined");

        ana.send(frame("message").put("conversation_id", id).put("client_id", "a-1").put("text", "Sorry, I DON'T KNOW."));
        JsonNode tone = ana.until(f -> f.path("type").asText().equals("tone")).stream()
                .filter(f -> f.path("type").asText().equals("tone")).findFirst().orElseThrow();
        assertEquals("Let me find out for you.", tone.get("suggest").asText());
        assertFalse(v.drain(300).stream().anyMatch(f -> f.path("kind").asText().equals("agent_message_sent")), "not sent");

        ana.send(frame("message").put("conversation_id", id).put("client_id", "a-1").put("text", "Sorry, I DON'T KNOW.")
                .put("anyway", true));
        assertEquals("Sorry, I DON'T KNOW.", untilKind(v, "agent_message_sent").get("text").asText());
    }

    @Test
    void aTransferGoesToTheSupervisorsWhoCloseItAndTheVisitorGetsTheSurvey() throws Exception {
        WsClient ana = agent(1);
        WsClient chloe = agent(3);
        WsClient ben = agent(2);
        WsClient v = visitor();
        v.send(frame("person").put("client_id", "p-1"));
        ana.send(frame("take").put("handoff_id", queueEntry(ana).get("handoff_id").asLong()));
        long id = ana.until(f -> f.path("type").asText().equals("taken")).stream()
                .filter(f -> f.path("type").asText().equals("taken")).findFirst().orElseThrow().get("conversation_id").asLong();
        untilKind(v, "agent_joined");

        ana.send(frame("transfer").put("conversation_id", id).put("team", "supervisor").put("note", "asks for a goodwill refund"));
        JsonNode passed = untilKind(v, "conversation_transferred");
        assertEquals("Ana has passed your chat to the Supervisors. They will reply here.", passed.get("text").asText());
        assertFalse(passed.toString().contains("goodwill"), "the note is for colleagues only: " + passed);
        JsonNode entry = chloe.until(f -> f.path("type").asText().equals("queue")
                && f.get("queue").toString().contains("supervisor")).stream().reduce((a, b) -> b).orElseThrow().get("queue").get(0);
        assertEquals("supervisor", entry.get("team").asText());
        assertEquals("asks for a goodwill refund", entry.get("first_message").asText());
        List<JsonNode> benQueues = ben.drain(300).stream().filter(f -> f.path("type").asText().equals("queue")).toList();
        assertTrue(benQueues.stream().noneMatch(f -> f.get("queue").toString().contains("supervisor")),
                "agents do not see the supervisors' line");

        chloe.send(frame("take").put("handoff_id", entry.get("handoff_id").asLong()));
        assertEquals("Chloé from the Supervisors has joined the chat.", untilKind(v, "agent_joined").get("text").asText());
        ana.send(frame("message").put("conversation_id", id).put("client_id", "a-2").put("text", "still here?"));
        assertEquals("bad_frame", ana.until(f -> f.path("type").asText().equals("error")).stream()
                .filter(f -> f.path("type").asText().equals("error")).findFirst().orElseThrow().get("code").asText(),
                "Ana no longer has the conversation");

        chloe.send(frame("close").put("conversation_id", id).put("resolution", "refund_approved"));
        JsonNode survey = untilKind(v, "survey_requested");
        assertEquals(10, survey.get("quick_replies").size());
        assertEquals("RESOLVED", stack.store().find(id).orElseThrow().status());
        List<Handoff> handoffs = stack.database.handoffs().forConversation(id);
        assertEquals(List.of("Ana", "Chloé"), handoffs.stream().map(Handoff::agentName).toList());
        assertTrue(handoffs.stream().allMatch(h -> h.pickUpWait().isPresent()));
    }
}
