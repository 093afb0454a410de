package org.switchboard.bot.callback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.hours.OpeningSpan;

/**
 * A team's slots: each stretch of its hours (weekly spans minus holidays and closures, in the
 * team's zone) cut into slots of one length from the stretch's start; a slot's capacity is the
 * number of agents whose shift covers all of it times the calls each takes in a slot. Slots no
 * agent covers are left out.
 *
 * <p>Daylight saving: slots start at local times and last exactly the slot length in real time.
 * A local start that does not exist that day (the spring gap) has no slot; when local time
 * repeats (autumn), a start means its first occurrence and the repeated stretch offers no slots.
 * A slot never ends after its stretch of hours, and slots never overlap. Immutable and thread-safe.
 */
public final class SlotCalendar {
    private final BusinessHours hours;
    private final Rota rota;
    private final Duration length;
    private final int callsPerAgent;

    /**
     * @param length        1 minute .. 24 hours, whole minutes
     * @param callsPerAgent how many call backs one agent takes in one slot (at least 1)
     */
    public SlotCalendar(BusinessHours hours, Rota rota, Duration length, int callsPerAgent) {
        this.hours = Objects.requireNonNull(hours, "hours == null");
        this.rota = Objects.requireNonNull(rota, "rota == null");
        this.length = Objects.requireNonNull(length, "length == null");
        if (length.toMinutes() < 1 || length.toMinutes() > 24 * 60 || length.toSeconds() % 60 != 0) {
            throw new IllegalArgumentException("slot length must be 1..1440 whole minutes: " + length);
        }
        if (callsPerAgent < 1) {
            throw new IllegalArgumentException("calls per agent must be >= 1: " + callsPerAgent);
        }
        this.callsPerAgent = callsPerAgent;
    }

    public BusinessHours hours() {
        return hours;
    }

    public ZoneId zone() {
        return hours.zone();
    }

    public Duration length() {
        return length;
    }

    /** The slots starting at or after {@code from} and before {@code until}, earliest first, each with nothing taken. */
    public List<Slot> between(Instant from, Instant until) {
        List<Slot> out = new ArrayList<>();
        ZoneId zone = hours.zone();
        LocalDate last = until.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate().minusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
            for (OpeningSpan span : hours.openOn(date)) {
                addSlots(out, date, span, from, until);
            }
        }
        return out;
    }

    /** The slot starting exactly at {@code start}, if there is one. */
    public Optional<Slot> at(Instant start) {
        return between(start, start.plusSeconds(1)).stream().filter(s -> s.start().equals(start)).findFirst();
    }

    private void addSlots(List<Slot> out, LocalDate date, OpeningSpan span, Instant from, Instant until) {
        LocalDateTime spanEnd = span.closes().equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay()
                : date.atTime(span.closes());
        Instant closes = ZonedDateTime.of(spanEnd, hours.zone()).toInstant();
        for (LocalDateTime start = date.atTime(span.opens()); start.isBefore(spanEnd); start = start.plus(length)) {
            Optional<Instant> s = exact(start);
            if (s.isEmpty()) {
                continue; // in the spring gap
            }
            Instant end = s.get().plus(length);
            if (end.isAfter(closes) || s.get().isBefore(from) || !s.get().isBefore(until)) {
                continue;
            }
            ZonedDateTime localEnd = end.atZone(hours.zone());
            LocalTime to = localEnd.toLocalDate().isAfter(date) ? LocalTime.MIDNIGHT : localEnd.toLocalTime();
            int agents = rota.onShift(date.getDayOfWeek(), start.toLocalTime(), to);
            if (agents > 0 && (out.isEmpty() || !s.get().isBefore(out.get(out.size() - 1).end()))) {
                out.add(new Slot(s.get(), end, agents * callsPerAgent, 0));
            }
        }
    }

    /** The instant of a local time that exists exactly (not in a gap); the earlier one in an overlap. */
    private Optional<Instant> exact(LocalDateTime local) {
        ZonedDateTime z = ZonedDateTime.of(local, hours.zone());
        return z.toLocalDateTime().equals(local) ? Optional.of(z.toInstant()) : Optional.empty();
    }
}
