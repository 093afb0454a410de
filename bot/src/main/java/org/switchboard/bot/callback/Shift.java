package org.switchboard.bot.callback;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One agent at work for a team on a weekday, in the team's time zone: the unit of a {@link Rota}.
 * An agent with a break has two shifts that day.
 *
 * @param day   the weekday
 * @param start the first minute on shift
 * @param end   the first minute off shift; {@link LocalTime#MIDNIGHT} means the end of the day (24:00)
 * @param agent the agent's staff login, e.g. {@code ana}
 */
public record Shift(DayOfWeek day, LocalTime start, LocalTime end, String agent) {
    public Shift {
        Objects.requireNonNull(day, "day == null");
        Objects.requireNonNull(start, "start == null");
        Objects.requireNonNull(end, "end == null");
        Objects.requireNonNull(agent, "agent == null");
        agent = agent.strip();
        if (agent.isEmpty() || agent.length() > 100) {
            throw new IllegalArgumentException("a shift's agent must be a staff login of 1 to 100 characters: '" + agent + "'");
        }
        if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
            throw new IllegalArgumentException(day + " " + agent + ": starts at " + start + " but ends at " + end
                    + "; a shift ends on the day it starts (write 24:00 for midnight)");
        }
    }

    /** Whether the agent is on shift for the whole of {@code from}..{@code to} on this shift's day ({@code to} MIDNIGHT: end of day). */
    public boolean covers(LocalTime from, LocalTime to) {
        boolean startsInTime = !from.isBefore(start);
        boolean endsInTime = end.equals(LocalTime.MIDNIGHT) || !to.equals(LocalTime.MIDNIGHT) && !to.isAfter(end);
        return startsInTime && endsInTime;
    }
}
