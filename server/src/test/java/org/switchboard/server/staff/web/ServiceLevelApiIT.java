package org.switchboard.server.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.callback.Appointments;
import org.switchboard.server.callback.Callback;
import org.switchboard.server.callback.CallbackOutcome;
import org.switchboard.server.callback.CallbackRepository;
import org.switchboard.server.callback.ContactKind;
import org.switchboard.server.callback.KeepingRules;
import org.switchboard.server.callback.ManageTokens;
import org.switchboard.server.callback.NewCallback;
import org.switchboard.server.callback.web.ServiceLevelResource;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.StaffConfig;

/** {@code GET /api/service-levels/callbacks}: supervisors and admins only; the rates of the period asked. */
class ServiceLevelApiIT {
    static final Instant SLOT = Instant.parse("2026-11-16T08:00:00Z");
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;
    StaffStack stack;
    Http http;
    Appointments appointments;
    CallbackRepository callbacks;

    @BeforeEach
    void start() throws Exception {
        stack = StaffStack.start(data, StaffConfig.defaults(), db -> {
            appointments = new Appointments(db.transactions(), Clock.fixed(SLOT.plus(Duration.ofMinutes(5)), ZoneOffset.UTC));
            callbacks = new CallbackRepository(db.transactions(), NOW);
            return new Object[] {new ServiceLevelResource(appointments, KeepingRules.standard(), List.of("support", "billing"), NOW)};
        }).with("alex", "Alex Agent", Role.AGENT).with("sofia", "Sofia Supervisor", Role.SUPERVISOR);
        http = new Http(stack);
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    private void kept(String team, CallbackOutcome outcome) {
        long conversation = stack.database.conversations().create("en", ZoneId.of("UTC")).conversation().id();
        SecureRandom random = new SecureRandom();
        String token = ManageTokens.token("t-" + UUID.randomUUID(), ManageTokens.newReference(random));
        Callback c = callbacks.book(new NewCallback(conversation, ManageTokens.newReference(random), ManageTokens.hash(token), team,
                SLOT, SLOT.plus(Duration.ofMinutes(30)), 5, ZoneId.of("UTC"), "en", ContactKind.EMAIL, "v@example.org", null))
                .orElseThrow();
        appointments.claim(c.id(), "alex");
        appointments.complete(c.id(), "alex", outcome, null, null, Duration.ofMinutes(10));
    }

    @Test
    void supervisorsReadTheKeptAndNoShowRates() throws Exception {
        kept("support", CallbackOutcome.DONE);
        kept("support", CallbackOutcome.DONE);
        kept("billing", CallbackOutcome.DONE);
        kept("billing", CallbackOutcome.NO_ANSWER);

        assertEquals(401, http.get("/api/service-levels/callbacks", null).statusCode());
        assertEquals(403, http.get("/api/service-levels/callbacks", http.signIn("alex")).statusCode());

        Http.Session sofia = http.signIn("sofia");
        HttpResponse<String> all = http.get("/api/service-levels/callbacks", sofia);
        assertEquals(200, all.statusCode(), all.body());
        JsonNode j = new ObjectMapper().readTree(all.body());
        assertEquals(4, j.get("calls").asInt());
        assertEquals(3, j.get("kept").asInt());
        assertEquals(1, j.get("no_show").asInt());
        assertEquals(0.75, j.get("kept_rate").asDouble(), 1e-9);
        assertEquals(0.25, j.get("no_show_rate").asDouble(), 1e-9);
        assertEquals("2026-10-24T09:00:00Z", j.get("from").asText(), "from 30 days ago");
        assertEquals("2027-02-21T09:00:00Z", j.get("until").asText(), "to 90 days ahead");

        JsonNode billing = new ObjectMapper().readTree(http.get("/api/service-levels/callbacks?team=billing&from=2026-11-16T00:00:00Z"
                + "&until=2026-11-17T00:00:00Z", sofia).body());
        assertEquals(0.5, billing.get("kept_rate").asDouble(), 1e-9);
        JsonNode empty = new ObjectMapper().readTree(http.get("/api/service-levels/callbacks?from=2026-11-17T00:00:00Z"
                + "&until=2026-11-18T00:00:00Z", sofia).body());
        assertEquals(0, empty.get("calls").asInt());
        assertTrue(empty.get("kept_rate").isNull());

        for (String bad : List.of("?from=yesterday", "?from=2026-11-18T00:00:00Z&until=2026-11-17T00:00:00Z", "?team=nobody",
                "?from=2020-01-01T00:00:00Z&until=2026-01-01T00:00:00Z")) {
            HttpResponse<String> r = http.get("/api/service-levels/callbacks" + bad, sofia);
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.body().startsWith("{\"error\":"), r.body());
        }
    }
}
