package org.switchboard.server.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.server.ws.WsClient.frame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.bot.callback.Contact;
import org.switchboard.bot.callback.Rota;
import org.switchboard.bot.callback.Shift;
import org.switchboard.bot.callback.Slot;
import org.switchboard.bot.callback.SlotOffer;
import org.switchboard.faq.FaqIndex;
import org.switchboard.server.callback.BookingOutcome;
import org.switchboard.server.callback.CallbackStatus;
import org.switchboard.server.callback.KeepingRules;
import org.switchboard.server.callback.Punctuality;
import org.switchboard.server.chat.ChatConfig;

/**
 * Keeping call backs over real WebSockets (docs/agent-protocol.md, "Call backs"): the list each
 * console sees, the claim race, calling, the reminder to the claimer, a no-answer moved to a free
 * slot, the escalation to supervisors, done with a note, and a supervisor's rota changing the
 * slots visitors are offered. The call back side runs on a clock the test moves; nothing sleeps.
 */
class CallbackDeskIT {
    /** Monday 23 November 2026, 08:00 in Athens. */
    static final Instant MONDAY_8 = Instant.parse("2026-11-23T06:00:00Z");
    static final Instant SLOT = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    static Path indexDir;
    private static FaqIndex index;

    @TempDir
    Path data;
    private ChatStack stack;
    private final AppointmentsClock clock = new AppointmentsClock(MONDAY_8);
    private final List<WsClient> clients = new ArrayList<>();
    private final KeepingRules keeping = new KeepingRules(Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(10),
            Optional.empty(), 1);

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
        stack = ChatStack.withCallbacks(data, index, ChatConfig.defaults(), clock, keeping);
        stack.callbacks.service().replaceRota("billing", new Rota(List.of(
                new Shift(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(20, 0), "ana"),
                new Shift(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(20, 0), "ben"))), "chloe");
    }

    @AfterEach
    void stop() {
        clients.forEach(WsClient::close);
        stack.close();
    }

    private WsClient agent(long id) throws Exception {
        WsClient c = WsClient.agent(stack.port(), Map.of("Cookie", "agent=" + id, "Origin", "http://127.0.0.1:" + stack.port()));
        clients.add(c);
        c.expect("desk");
        return c;
    }

    private long book(Instant start, String team) {
        long conversation = stack.database.conversations().create("en", ZoneId.of("America/New_York")).conversation().id();
        BookingOutcome o = stack.callbacks.service().book(conversation, "conversation-token-" + conversation, team, start,
                Contact.parse("+1 212 555 0100").orElseThrow(), "about my <b>invoice</b>", ZoneId.of("America/New_York"), "en");
        return ((BookingOutcome.Booked) o).callback().id();
    }

    private static JsonNode list(WsClient c) throws InterruptedException {
        List<JsonNode> frames = c.until(f -> f.path("type").asText().equals("callbacks"));
        return frames.get(frames.size() - 1).get("callbacks");
    }

    private static JsonNode lastList(WsClient c, java.util.function.Predicate<JsonNode> when) throws InterruptedException {
        List<JsonNode> frames = c.until(f -> f.path("type").asText().equals("callbacks") && when.test(f.get("callbacks")));
        return frames.get(frames.size() - 1).get("callbacks");
    }

    @Test
    void claimCallRemindMoveEscalateAndFinish() throws Exception {
        long id = book(SLOT, "billing");
        WsClient ana = agent(1);
        WsClient ben = agent(2);
        WsClient chloe = agent(3);
        JsonNode entry = list(ana).get(0);
        assertEquals(id, entry.get("callback_id").asLong());
        assertEquals("billing", entry.get("team").asText());
        assertEquals(SLOT.toString(), entry.get("starts_at").asText());
        assertEquals("America/New_York", entry.get("visitor_zone").asText());
        assertEquals("+12125550100", entry.get("contact").asText());
        assertEquals("about my <b>invoice</b>", entry.get("note").asText());
        assertTrue(entry.get("agent").isNull());
        assertEquals(1, list(ben).size());
        assertEquals(1, list(chloe).size());

        ana.send(frame("callback_claim").put("callback_id", id));
        ben.send(frame("callback_claim").put("callback_id", id));
        JsonNode anaSays = ana.until(f -> f.path("type").asText().startsWith("callback_claim")).stream()
                .reduce((a, b) -> b).orElseThrow();
        JsonNode benSays = ben.until(f -> f.path("type").asText().startsWith("callback_claim")).stream()
                .reduce((a, b) -> b).orElseThrow();
        assertNotEquals(anaSays.get("type").asText(), benSays.get("type").asText(), "exactly one wins");
        WsClient winner = anaSays.get("type").asText().equals("callback_claimed") ? ana : ben;
        WsClient loser = winner == ana ? ben : ana;
        String winnerLogin = winner == ana ? "ana" : "ben";
        JsonNode lost = winner == ana ? benSays : anaSays;
        assertEquals("callback_claim_failed", lost.get("type").asText());
        assertEquals(winnerLogin, lost.get("claimed_by").asText());

        loser.send(frame("callback_call").put("callback_id", id));
        assertTrue(loser.expectEventually("error").get("message").asText().contains("claim it first"));

        clock.set(SLOT.minus(Duration.ofMinutes(10)));
        assertEquals(1, stack.callbacks.alarms().tick().reminded().size());
        JsonNode reminder = winner.until(f -> f.path("type").asText().equals("callback_reminder")).stream()
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(id, reminder.at("/callback/callback_id").asLong());
        assertTrue(lastList(loser, l -> l.get(0).get("reminded").asBoolean()).get(0).get("reminded").asBoolean());
        assertTrue(loser.drain(300).stream().noneMatch(f -> f.path("type").asText().equals("callback_reminder")),
                "only the agent who claimed it is reminded");

        winner.send(frame("callback_call").put("callback_id", id));
        assertTrue(lastList(chloe, l -> l.get(0).get("calling").asBoolean()).get(0).get("calling").asBoolean());

        winner.send(frame("callback_slots").put("callback_id", id));
        JsonNode slots = winner.expectEventually("callback_slots").get("slots");
        assertTrue(slots.size() > 0);
        String next = slots.get(0).get("start").asText();
        assertNotEquals(SLOT.toString(), next);
        winner.send(frame("callback_outcome").put("callback_id", id).put("outcome", "no_answer").put("note", "voicemail")
                .put("new_start", next));
        JsonNode recorded = winner.expectEventually("callback_recorded");
        assertEquals("no_show", recorded.get("punctuality").asText());
        assertEquals(next, recorded.get("new_start").asText());
        JsonNode moved = lastList(chloe, l -> l.get(0).get("starts_at").asText().equals(next)).get(0);
        assertFalse(moved.get("calling").asBoolean());
        assertFalse(moved.get("reminded").asBoolean());
        assertEquals(winnerLogin, moved.get("agent").asText());

        clock.set(Instant.parse(next).plus(Duration.ofMinutes(15)));
        assertEquals(1, stack.callbacks.alarms().tick().escalated().size());
        JsonNode overdue = chloe.until(f -> f.path("type").asText().equals("callback_overdue")).stream()
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(id, overdue.at("/callback/callback_id").asLong());
        assertTrue(lastList(winner, l -> l.get(0).get("escalated").asBoolean()).get(0).get("overdue").asBoolean());
        assertTrue(loser.drain(300).stream().noneMatch(f -> f.path("type").asText().equals("callback_overdue")),
                "agents are not told of escalations");

        winner.send(frame("callback_outcome").put("callback_id", id).put("outcome", "done").put("note", "refund agreed"));
        assertEquals("late", winner.expectEventually("callback_recorded").get("punctuality").asText());
        assertEquals(0, lastList(chloe, l -> l.isEmpty()).size());
        assertEquals(CallbackStatus.DONE, stack.callbacks.appointments().find(id).orElseThrow().callback().status());
        assertEquals(List.of(Punctuality.NO_SHOW, Punctuality.LATE), stack.callbacks.appointments().outcomes(id).stream()
                .map(o -> o.punctuality()).toList());
        assertEquals("refund agreed", stack.callbacks.appointments().outcomes(id).get(1).note());
    }

    @Test
    void badOutcomesAreRefusedAndChangeNothing() throws Exception {
        long id = book(SLOT, "billing");
        WsClient ana = agent(1);
        list(ana);
        ana.send(frame("callback_claim").put("callback_id", id));
        ana.expectEventually("callback_claimed");
        ana.send(frame("callback_outcome").put("callback_id", id).put("outcome", "maybe"));
        assertTrue(ana.expectEventually("error").get("message").asText().contains("unknown outcome"));
        ana.send(frame("callback_outcome").put("callback_id", id).put("outcome", "rescheduled"));
        assertTrue(ana.expectEventually("error").get("message").asText().contains("new_start"));
        ana.send(frame("callback_outcome").put("callback_id", id).put("outcome", "rescheduled")
                .put("new_start", "2026-11-23T03:00:00Z"));
        assertTrue(ana.expectEventually("error").get("message").asText().contains("no longer free"));
        ana.send(frame("callback_claim").put("callback_id", 999_999));
        assertTrue(ana.expectEventually("error").get("message").asText().contains("no call back 999999"));
        assertTrue(stack.callbacks.appointments().find(id).orElseThrow().callback().booked());
        assertTrue(stack.callbacks.appointments().outcomes(id).isEmpty());
    }

    @Test
    void supervisorCallBacksAreNotListedForAgents() throws Exception {
        stack.callbacks.service().replaceRota("supervisor", new Rota(List.of(
                new Shift(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(20, 0), "chloe"))), "chloe");
        long id = book(SLOT, "supervisor");
        WsClient ana = agent(1);
        WsClient chloe = agent(3);
        assertEquals(0, list(ana).size());
        assertEquals(id, list(chloe).get(0).get("callback_id").asLong());
        ana.send(frame("callback_claim").put("callback_id", id));
        assertTrue(ana.expectEventually("error").get("message").asText().contains("only supervisors"));
    }

    @Test
    void aSupervisorsRotaChangesTheSlotsVisitorsAreOffered() throws Exception {
        WsClient ana = agent(1);
        WsClient chloe = agent(3);
        SlotOffer before = stack.callbacks.service().offer("billing", clock.instant(), clock.instant(), 12).orElseThrow();
        assertEquals(2, before.slots().get(0).capacity(), "ana and ben");

        ana.send(frame("rota").put("team", "billing"));
        assertTrue(ana.expectEventually("error").get("message").asText().contains("only supervisors"));

        chloe.send(frame("rota").put("team", "billing"));
        JsonNode rota = chloe.expectEventually("rota");
        assertEquals(1, rota.get("shifts").size());
        assertEquals("monday", rota.at("/shifts/0/day").asText());
        assertEquals("08:00", rota.at("/shifts/0/start").asText());
        assertEquals("20:00", rota.at("/shifts/0/end").asText());
        assertEquals(List.of("ana", "ben"), List.of(rota.at("/shifts/0/agents/0").asText(), rota.at("/shifts/0/agents/1").asText()));

        ArrayNode bad = WsClient.JSON.createArrayNode();
        bad.addObject().put("day", "monday").put("start", "12:00").put("end", "14:00").putArray("agents").add("nobody");
        chloe.send(frame("rota_save").put("team", "billing").set("shifts", bad));
        assertTrue(chloe.expectEventually("error").get("message").asText().contains("'nobody' is not the login"));
        ArrayNode backwards = WsClient.JSON.createArrayNode();
        backwards.addObject().put("day", "monday").put("start", "14:00").put("end", "12:00").putArray("agents").add("ana");
        chloe.send(frame("rota_save").put("team", "billing").set("shifts", backwards));
        assertTrue(chloe.expectEventually("error").get("message").asText().contains("shift 1"));
        assertEquals(before.slots(), stack.callbacks.service().offer("billing", clock.instant(), clock.instant(), 12)
                .orElseThrow().slots(), "nothing stored");

        ArrayNode shifts = WsClient.JSON.createArrayNode();
        shifts.addObject().put("day", "monday").put("start", "12:00").put("end", "14:00").putArray("agents").add("chloe");
        chloe.send(frame("rota_save").put("team", "billing").set("shifts", shifts));
        JsonNode saved = chloe.expectEventually("rota");
        assertTrue(saved.get("saved").asBoolean());
        assertEquals("chloe", saved.at("/shifts/0/agents/0").asText());
        List<Slot> after = stack.callbacks.service().offer("billing", clock.instant(), clock.instant(), 12).orElseThrow().slots();
        ZoneId athens = ZoneId.of("Europe/Athens");
        Slot first = after.get(0);
        assertEquals(LocalTime.of(12, 0), first.start().atZone(athens).toLocalTime());
        assertEquals(1, first.capacity(), "chloe alone");
        assertTrue(after.stream().filter(s -> s.start().atZone(athens).getDayOfWeek() == DayOfWeek.MONDAY)
                .allMatch(s -> !s.start().atZone(athens).toLocalTime().isBefore(LocalTime.of(12, 0))
                        && !s.end().atZone(athens).toLocalTime().isAfter(LocalTime.of(14, 0))));

        chloe.send(frame("rota_reset").put("team", "billing"));
        JsonNode reset = chloe.expectEventually("rota");
        assertEquals(0, reset.get("shifts").size(), "no default rota in this stack");
        assertTrue(stack.callbacks.service().offer("billing", clock.instant(), clock.instant(), 12).isEmpty());
    }

    /** A clock the test sets. */
    static final class AppointmentsClock extends java.time.Clock {
        private volatile Instant now;

        AppointmentsClock(Instant now) {
            this.now = now;
        }

        void set(Instant to) {
            now = to;
        }

        @Override
        public ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
