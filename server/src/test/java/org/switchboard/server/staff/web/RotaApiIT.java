package org.switchboard.server.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.bot.callback.CallbackRules;
import org.switchboard.bot.callback.Rota;
import org.switchboard.bot.callback.Shift;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.hours.TeamHours;
import org.switchboard.server.callback.CallbackRepository;
import org.switchboard.server.callback.CallbackService;
import org.switchboard.server.callback.RotaRepository;
import org.switchboard.server.callback.web.RotaResource;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.StaffConfig;

/** A supervisor reads and replaces a team's call back rota over HTTP; agents may not; bad input is named. */
class RotaApiIT {
    @TempDir
    static Path data;
    static StaffStack stack;
    static Http http;
    static CallbackService callbacks;

    @BeforeAll
    static void start() throws Exception {
        Rota configured = new Rota(List.of(new Shift(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(20, 0), "agent")));
        CallbackRules.Settings s = CallbackRules.standard().defaults();
        CallbackRules rules = new CallbackRules(s, Map.of("support", new CallbackRules.Settings(s.slotLength(), s.callsPerAgent(),
                s.serviceLevel(), s.minNotice(), s.bookAhead(), s.offerCount(), configured)));
        stack = StaffStack.start(data, StaffConfig.defaults(), db -> {
            callbacks = new CallbackService(rules, TeamHours.of(BusinessHours.always(java.time.ZoneId.of("Europe/Athens"))),
                    new CallbackRepository(db.transactions(), Clock.systemUTC()), new RotaRepository(db.transactions(), Clock.systemUTC()),
                    Clock.systemUTC(), new SecureRandom());
            return new Object[] {new RotaResource(callbacks, Set.of("support", "billing"), Set.of("ana", "ben")::contains)};
        }).with("sofia", "Sofia Supervisor", Role.SUPERVISOR).with("alex", "Alex Agent", Role.AGENT);
        http = new Http(stack);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aSupervisorReplacesTheRotaAndCanGoBackToTheConfiguredOne() {
        Http.Session sofia = http.signIn("sofia");
        HttpResponse<String> configured = http.get("/api/callbacks/rota/support", sofia);
        assertEquals(200, configured.statusCode(), configured.body());
        assertEquals("{\"team\":\"support\",\"source\":\"config\",\"shifts\":[{\"day\":\"monday\",\"start\":\"08:00\",\"end\":\"20:00\","
                + "\"agent\":\"agent\"}]}", configured.body());

        HttpResponse<String> put = http.call("PUT", "/api/callbacks/rota/support", "{\"shifts\":["
                + "{\"day\":\"tuesday\",\"start\":\"09:00\",\"end\":\"13:00\",\"agent\":\"ana\"},"
                + "{\"day\":\"tuesday\",\"start\":\"13:00\",\"end\":\"24:00\",\"agent\":\"ben\"}]}", sofia);
        assertEquals(200, put.statusCode(), put.body());
        assertEquals("{\"team\":\"support\",\"source\":\"stored\",\"shifts\":["
                + "{\"day\":\"tuesday\",\"start\":\"09:00\",\"end\":\"13:00\",\"agent\":\"ana\"},"
                + "{\"day\":\"tuesday\",\"start\":\"13:00\",\"end\":\"24:00\",\"agent\":\"ben\"}]}", put.body());
        assertEquals(new Rota(List.of(new Shift(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0), "ana"),
                new Shift(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.MIDNIGHT, "ben"))), callbacks.rota("support"));

        HttpResponse<String> reset = http.call("DELETE", "/api/callbacks/rota/support", null, sofia);
        assertEquals(200, reset.statusCode(), reset.body());
        assertTrue(reset.body().contains("\"source\":\"config\""), reset.body());
    }

    @Test
    void mistakesAreNamedAndNothingChanges() {
        Http.Session sofia = http.signIn("sofia");
        HttpResponse<String> bad = http.call("PUT", "/api/callbacks/rota/billing",
                "{\"shifts\":[{\"day\":\"funday\",\"start\":\"09:00\",\"end\":\"13:00\",\"agent\":\"ana\"}]}", sofia);
        assertEquals(400, bad.statusCode());
        assertEquals("{\"error\":\"shifts[0]: 'day' must be monday … sunday, not 'funday'\"}", bad.body());
        HttpResponse<String> overlap = http.call("PUT", "/api/callbacks/rota/billing", "{\"shifts\":["
                + "{\"day\":\"monday\",\"start\":\"09:00\",\"end\":\"13:00\",\"agent\":\"ana\"},"
                + "{\"day\":\"monday\",\"start\":\"12:00\",\"end\":\"14:00\",\"agent\":\"ana\"}]}", sofia);
        assertEquals(400, overlap.statusCode());
        assertTrue(overlap.body().contains("agent ana has overlapping shifts on MONDAY"), overlap.body());
        HttpResponse<String> time = http.call("PUT", "/api/callbacks/rota/billing",
                "{\"shifts\":[{\"day\":\"monday\",\"start\":\"9am\",\"end\":\"13:00\",\"agent\":\"ana\"}]}", sofia);
        assertEquals("{\"error\":\"shifts[0]: 'start' must be HH:MM, not '9am'\"}", time.body());
        HttpResponse<String> stranger = http.call("PUT", "/api/callbacks/rota/billing",
                "{\"shifts\":[{\"day\":\"monday\",\"start\":\"09:00\",\"end\":\"13:00\",\"agent\":\"zoe\"}]}", sofia);
        assertEquals(400, stranger.statusCode());
        assertEquals("{\"error\":\"not the login of an agent or supervisor: zoe\"}", stranger.body());
        assertTrue(http.get("/api/callbacks/rota/billing", sofia).body().contains("\"source\":\"config\""), "nothing stored");
        assertEquals(404, http.get("/api/callbacks/rota/nobody", sofia).statusCode());
    }

    @Test
    void agentsMayNotEditTheRotaNorAnyoneSignedOut() {
        Http.Session alex = http.signIn("alex");
        assertEquals(403, http.get("/api/callbacks/rota/support", alex).statusCode());
        assertEquals(403, http.call("PUT", "/api/callbacks/rota/support", "{\"shifts\":[]}", alex).statusCode());
        assertEquals(401, http.get("/api/callbacks/rota/support", null).statusCode());
    }
}
