package org.switchboard.bot.callback;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which agents of one team are on which shifts, week after week, in the team's time zone. The
 * default comes from {@code config/callbacks.yaml}; a supervisor may replace it (stored by the
 * server). How many call backs a slot can take follows from it: {@link #onShift}.
 *
 * @param shifts one per agent and stretch of a day, sorted by day, start and agent; one agent's
 *               shifts on one day must not overlap
 */
public record Rota(List<Shift> shifts) {
    private static final Comparator<Shift> ORDER = Comparator.comparing(Shift::day).thenComparing(Shift::start)
            .thenComparing(Shift::agent);

    public Rota {
        shifts = shifts.stream().map(s -> Objects.requireNonNull(s, "shift == null")).sorted(ORDER).toList();
        for (int i = 0; i < shifts.size(); i++) {
            for (int j = i + 1; j < shifts.size(); j++) {
                Shift a = shifts.get(i);
                Shift b = shifts.get(j);
                if (a.day() == b.day() && a.agent().equals(b.agent()) && overlap(a, b)) {
                    throw new IllegalArgumentException("agent " + a.agent() + " has overlapping shifts on " + a.day()
                            + ": " + a.start() + "-" + a.end() + " and " + b.start() + "-" + b.end());
                }
            }
        }
    }

    /** Nobody on shift: no call backs can be booked. */
    public static Rota empty() {
        return new Rota(List.of());
    }

    /** How many different agents are on shift for the whole of {@code from}..{@code to} on {@code day}. */
    public int onShift(DayOfWeek day, LocalTime from, LocalTime to) {
        return (int) shifts.stream().filter(s -> s.day() == day && s.covers(from, to)).map(Shift::agent).distinct().count();
    }

    private static boolean overlap(Shift a, Shift b) {
        long aEnd = minutes(a.end());
        long bEnd = minutes(b.end());
        return a.start().toSecondOfDay() / 60 < bEnd && b.start().toSecondOfDay() / 60 < aEnd;
    }

    private static long minutes(LocalTime t) {
        return t.equals(LocalTime.MIDNIGHT) ? 24 * 60 : t.getHour() * 60L + t.getMinute();
    }
}
