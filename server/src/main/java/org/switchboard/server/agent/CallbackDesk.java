package org.switchboard.server.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Predicate;
import org.switchboard.bot.callback.Rota;
import org.switchboard.bot.callback.Shift;
import org.switchboard.bot.callback.Slot;
import org.switchboard.server.callback.Appointment;
import org.switchboard.server.callback.Appointments;
import org.switchboard.server.callback.Callback;
import org.switchboard.server.callback.CallbackAlarms;
import org.switchboard.server.callback.CallbackOutcome;
import org.switchboard.server.callback.CallbackService;
import org.switchboard.server.callback.KeepingRules;
import org.switchboard.server.callback.RecordedOutcome;
import org.switchboard.server.chat.ErrorCode;
import org.switchboard.server.chat.FrameRejected;

/**
 * The call backs at the agent console (docs/agent-protocol.md, "Call backs"): the list of booked
 * call backs each console sees (its teams'; supervisors all), claiming one (one winner), calling,
 * the outcome with a note (done, no answer, rescheduled, with a new time from the free slots),
 * the reminders and escalations of {@link CallbackAlarms}, and the supervisors' rota editing.
 * Every change is pushed to every console as a fresh {@code callbacks} snapshot; changes made
 * elsewhere (a visitor booking or cancelling) reach the consoles at the alarms' next tick.
 * Thread-safe.
 */
public final class CallbackDesk implements CallbackAlarms.Listener {
    /** How far back and ahead the console's list reaches. */
    static final Duration LOOK_BACK = Duration.ofDays(2);
    static final Duration LOOK_AHEAD = Duration.ofDays(14);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_NOTE = 2000;

    private final Appointments appointments;
    private final CallbackService callbacks;
    private final KeepingRules rules;
    private final List<String> teams;
    private final Predicate<String> deskLogin;
    private final Clock clock;
    private final Set<AgentLink> links = new CopyOnWriteArraySet<>();
    private volatile String lastSeen = "";

    /**
     * @param teams     the teams (handoff.yaml), for the rota form
     * @param deskLogin whether a staff login may be put on a rota (an enabled agent or supervisor)
     */
    public CallbackDesk(Appointments appointments, CallbackService callbacks, KeepingRules rules, List<String> teams,
                        Predicate<String> deskLogin, Clock clock) {
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.teams = List.copyOf(teams);
        this.deskLogin = Objects.requireNonNull(deskLogin, "deskLogin");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void connect(AgentLink link) {
        links.add(link);
        link.send(snapshot(link.agent(), appointments.booked(clock.instant().minus(LOOK_BACK), clock.instant().plus(LOOK_AHEAD)))
                .toString());
    }

    public void disconnect(AgentLink link) {
        links.remove(link);
    }

    /** Claims the call back for the agent; the loser is told who has it. */
    public void claim(AgentLink link, long id) {
        visible(link, id);
        if (appointments.claim(id, link.agent().login())) {
            link.send(frame("callback_claimed").put("callback_id", id).toString());
            changed();
            return;
        }
        Optional<Appointment> now = appointments.find(id);
        String holder = now.map(x -> x.callback().assignedAgent()).orElse(null);
        link.send(frame("callback_claim_failed").put("callback_id", id).put("claimed_by", holder)
                .put("message", holder != null && now.get().callback().booked() ? holder + " has already claimed this call back"
                        : "this call back is no longer booked").toString());
    }

    /** Marks the call as begun (only the agent who claimed it). */
    public void call(AgentLink link, long id) {
        visible(link, id);
        if (!appointments.startCall(id, link.agent().login())) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "call back " + id + " is not yours: claim it first");
        }
        changed();
    }

    /** The free slots the call back could move to, soonest first. */
    public void slots(AgentLink link, long id) {
        Appointment a = visible(link, id);
        ObjectNode f = frame("callback_slots").put("callback_id", id);
        ArrayNode list = f.putArray("slots");
        for (Slot s : callbacks.freeSlots(a.callback().team(), a.callback().start())) {
            list.addObject().put("start", s.start().toString()).put("end", s.end().toString());
        }
        link.send(f.toString());
    }

    /**
     * Records the outcome with the agent's note.
     *
     * @param newStart the start of a free slot to move to (required for {@code rescheduled}, optional for {@code no_answer}), or null
     */
    public void outcome(AgentLink link, long id, String outcomeCode, String note, String newStart) {
        Appointment a = visible(link, id);
        CallbackOutcome outcome;
        try {
            outcome = CallbackOutcome.parse(outcomeCode);
        } catch (IllegalArgumentException e) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, e.getMessage());
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new FrameRejected(ErrorCode.TOO_LONG, "a note is at most " + MAX_NOTE + " characters");
        }
        Appointments.NewTime to = null;
        if (newStart != null) {
            if (outcome == CallbackOutcome.DONE) {
                throw new FrameRejected(ErrorCode.BAD_FRAME, "a call back that is done takes no new time");
            }
            Instant start;
            try {
                start = Instant.parse(newStart);
            } catch (DateTimeParseException e) {
                throw new FrameRejected(ErrorCode.BAD_FRAME, "'new_start' must be an ISO instant such as 2026-11-24T08:00:00Z");
            }
            Slot slot = callbacks.freeSlots(a.callback().team(), a.callback().start()).stream()
                    .filter(s -> s.start().equals(start)).findFirst()
                    .orElseThrow(() -> new FrameRejected(ErrorCode.BAD_FRAME, "that time is no longer free; choose another"));
            to = new Appointments.NewTime(slot.start(), slot.end(), slot.capacity());
        } else if (outcome == CallbackOutcome.RESCHEDULED) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "'rescheduled' needs 'new_start': one of the free slots");
        }
        Appointments.Recorded r = appointments.complete(id, link.agent().login(), outcome, note, to, rules.keptWithin());
        switch (r) {
            case RECORDED -> {
                List<RecordedOutcome> all = appointments.outcomes(id);
                RecordedOutcome last = all.get(all.size() - 1);
                ObjectNode f = frame("callback_recorded").put("callback_id", id).put("outcome", outcome.dbValue())
                        .put("punctuality", last.punctuality().dbValue());
                f.put("new_start", to == null ? null : to.start().toString());
                link.send(f.toString());
                changed();
            }
            case NOT_YOURS -> throw new FrameRejected(ErrorCode.BAD_FRAME, "call back " + id + " is not yours: claim it first");
            case NOT_BOOKED -> throw new FrameRejected(ErrorCode.BAD_FRAME, "call back " + id + " is no longer booked");
            case SLOT_FULL -> throw new FrameRejected(ErrorCode.BAD_FRAME, "that time was just taken; choose another");
        }
    }

    /** A team's rota for the supervisor's form. */
    public void rota(AgentLink link, String team) {
        requireSupervisor(link);
        requireTeam(team);
        link.send(rotaFrame(team, false).toString());
    }

    /**
     * Replaces a team's rota: {@code shifts} is a list of {@code {day, start, end, agents: [login…]}}
     * (day {@code monday}…{@code sunday}, times {@code HH:MM}, {@code 24:00} for midnight). Every
     * mistake is refused with its row; nothing is stored then.
     */
    public void saveRota(AgentLink link, String team, JsonNode shifts) {
        requireSupervisor(link);
        requireTeam(team);
        Rota rota = parseRota(shifts);
        callbacks.replaceRota(team, rota, link.agent().login());
        link.send(rotaFrame(team, true).toString());
    }

    /** Goes back to the configured default rota. */
    public void resetRota(AgentLink link, String team) {
        requireSupervisor(link);
        requireTeam(team);
        callbacks.resetRota(team);
        link.send(rotaFrame(team, true).toString());
    }

    Rota parseRota(JsonNode shifts) {
        if (shifts == null || !shifts.isArray()) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "'shifts' must be a list of {day, start, end, agents}");
        }
        if (shifts.size() > 200) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "a rota has at most 200 shifts");
        }
        List<Shift> out = new ArrayList<>();
        int row = 0;
        for (JsonNode s : shifts) {
            row++;
            String where = "shift " + row + ": ";
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(s.path("day").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new FrameRejected(ErrorCode.BAD_FRAME, where + "the day must be monday … sunday");
            }
            LocalTime start = time(s.path("start").asText(), where + "start");
            LocalTime end = time(s.path("end").asText(), where + "end");
            JsonNode agents = s.path("agents");
            if (!agents.isArray() || agents.isEmpty()) {
                throw new FrameRejected(ErrorCode.BAD_FRAME, where + "name at least one agent (a staff login)");
            }
            for (JsonNode a : agents) {
                String login = a.asText().strip();
                if (!a.isTextual() || !deskLogin.test(login)) {
                    throw new FrameRejected(ErrorCode.BAD_FRAME, where + "'" + login
                            + "' is not the login of an enabled agent or supervisor");
                }
                try {
                    out.add(new Shift(day, start, end, login));
                } catch (IllegalArgumentException e) {
                    throw new FrameRejected(ErrorCode.BAD_FRAME, where + e.getMessage());
                }
            }
        }
        try {
            return new Rota(out);
        } catch (IllegalArgumentException e) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, e.getMessage());
        }
    }

    private static LocalTime time(String text, String what) {
        if (!text.matches("\\d{2}:\\d{2}")) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, what + " must be a time such as 08:30");
        }
        int h = Integer.parseInt(text.substring(0, 2));
        int m = Integer.parseInt(text.substring(3));
        if (h == 24 && m == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (h > 23 || m > 59) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, what + " must be a time such as 08:30");
        }
        return LocalTime.of(h, m);
    }

    private ObjectNode rotaFrame(String team, boolean saved) {
        Rota rota = callbacks.rota(team);
        ObjectNode f = frame("rota").put("team", team).put("saved", saved);
        ArrayNode list = f.putArray("shifts");
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (Shift s : rota.shifts()) {
            String key = s.day().name().toLowerCase(Locale.ROOT) + "|" + s.start() + "|"
                    + (s.end().equals(LocalTime.MIDNIGHT) ? "24:00" : s.end().toString());
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(s.agent());
        }
        grouped.forEach((key, agents) -> {
            String[] p = key.split("\\|");
            ObjectNode o = list.addObject().put("day", p[0]).put("start", p[1]).put("end", p[2]);
            ArrayNode a = o.putArray("agents");
            agents.forEach(a::add);
        });
        ArrayNode t = f.putArray("teams");
        teams.forEach(t::add);
        return f;
    }

    private void requireSupervisor(AgentLink link) {
        if (!link.agent().supervisor()) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "only supervisors edit rotas");
        }
    }

    private void requireTeam(String team) {
        if (!teams.contains(team)) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "unknown team '" + team + "' (teams: " + String.join(", ", teams) + ")");
        }
    }

    private Appointment visible(AgentLink link, long id) {
        Appointment a = appointments.find(id).orElseThrow(() -> new FrameRejected(ErrorCode.BAD_FRAME, "no call back " + id));
        if (!link.agent().serves(a.callback().team())) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "only supervisors keep the '" + a.callback().team() + "' call backs");
        }
        return a;
    }

    // ---- alarms --------------------------------------------------------------------------------

    /** The reminder: to the consoles of the agent who claimed it, else to every console serving the team. */
    @Override
    public void reminder(Appointment a) {
        String to = a.callback().assignedAgent();
        String f = frame("callback_reminder").set("callback", entry(a, clock.instant(), to)).toString();
        for (AgentLink l : links) {
            boolean theirs = to != null ? to.equals(l.agent().login()) : l.agent().serves(a.callback().team());
            if (theirs) {
                l.send(f);
            }
        }
        changed();
    }

    /** The escalation: every supervisor's console is told; every console sees it highlighted. */
    @Override
    public void overdue(Appointment a) {
        for (AgentLink l : links) {
            if (l.agent().supervisor()) {
                l.send(frame("callback_overdue").set("callback", entry(a, clock.instant(), l.agent().login())).toString());
            }
        }
        changed();
    }

    /** After each tick: push the lists again when call backs changed elsewhere (bookings, cancellations) or fell overdue. */
    @Override
    public void ticked(Instant now) {
        List<Appointment> list = appointments.booked(now.minus(LOOK_BACK), now.plus(LOOK_AHEAD));
        String seen = fingerprint(list, now);
        if (!seen.equals(lastSeen)) {
            push(list, now);
        }
    }

    /** Every console gets its list again. */
    public void changed() {
        Instant now = clock.instant();
        push(appointments.booked(now.minus(LOOK_BACK), now.plus(LOOK_AHEAD)), now);
    }

    private void push(List<Appointment> list, Instant now) {
        lastSeen = fingerprint(list, now);
        for (AgentLink l : links) {
            l.send(snapshot(l.agent(), list).toString());
        }
    }

    private String fingerprint(List<Appointment> list, Instant now) {
        StringBuilder b = new StringBuilder();
        for (Appointment a : list) {
            b.append(a.id()).append(':').append(a.callback().updatedAt()).append(':').append(a.callback().assignedAgent())
                    .append(':').append(a.callStartedAt()).append(':').append(a.remindedAt()).append(':')
                    .append(a.escalatedAt()).append(':').append(a.overdue(now, rules.overdueAfter())).append(';');
        }
        return b.toString();
    }

    private ObjectNode snapshot(Agent agent, List<Appointment> list) {
        Instant now = clock.instant();
        ObjectNode f = frame("callbacks").put("now", now.toString())
                .put("remind_minutes", rules.remindBefore().toMinutes())
                .put("overdue_minutes", rules.overdueAfter().toMinutes());
        ArrayNode out = f.putArray("callbacks");
        for (Appointment a : list) {
            if (agent.serves(a.callback().team())) {
                out.add(entry(a, now, agent.login()));
            }
        }
        return f;
    }

    private ObjectNode entry(Appointment a, Instant now, String viewer) {
        Callback c = a.callback();
        ObjectNode o = JSON.createObjectNode().put("callback_id", c.id()).put("conversation_id", c.conversationId())
                .put("team", c.team()).put("agent", c.assignedAgent())
                .put("mine", viewer != null && viewer.equals(c.assignedAgent()))
                .put("starts_at", c.start().toString()).put("ends_at", c.end().toString())
                .put("visitor_zone", c.visitorZone().getId()).put("language", c.language())
                .put("contact_kind", c.contactKind().dbValue()).put("contact", c.contact()).put("note", c.note())
                .put("calling", a.callStartedAt() != null).put("reminded", a.remindedAt() != null)
                .put("overdue", a.overdue(now, rules.overdueAfter())).put("escalated", a.escalatedAt() != null);
        return o;
    }

    private static ObjectNode frame(String type) {
        return JSON.createObjectNode().put("type", type);
    }
}
