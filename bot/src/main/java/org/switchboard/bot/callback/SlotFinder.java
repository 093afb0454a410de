package org.switchboard.bot.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which slots to offer: the team's slots after a point in time that start at least the minimum
 * notice from now (never in the past), within the booking horizon, with a place free (never over
 * capacity), soonest first, so the soonest free slot is always the first offered. Pure.
 */
public final class SlotFinder {
    private final TeamCallbacks team;

    public SlotFinder(TeamCallbacks team) {
        this.team = Objects.requireNonNull(team, "team == null");
    }

    /** The window whose places taken {@link #offer} needs: from {@code now} to the booking horizon. */
    public Instant horizon(Instant now) {
        return now.plus(team.bookAhead());
    }

    /**
     * Up to {@code count} free slots starting after {@code after} (exclusive; {@code now} or
     * earlier for the soonest), with the service level's deadline counted from {@code now}.
     *
     * @param taken places taken per slot start (slots not in it have none)
     */
    public SlotOffer offer(Instant now, Instant after, int count, Map<Instant, Integer> taken) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1: " + count);
        }
        Instant earliest = now.plus(team.minNotice());
        List<Slot> free = new ArrayList<>();
        for (Slot s : team.calendar().between(earliest, horizon(now))) {
            if (!s.start().isAfter(after)) {
                continue;
            }
            Slot counted = s.withTaken(taken.getOrDefault(s.start(), 0));
            if (counted.free() > 0) {
                free.add(counted);
                if (free.size() == count) {
                    break;
                }
            }
        }
        return new SlotOffer(free, team.serviceLevel().deadline(team.calendar().hours(), now), team.serviceLevel());
    }

    /**
     * The slot starting at {@code start} if it may be booked now: it exists, is not too soon or
     * past, and lies within the horizon. Whether a place is free is the store's to decide.
     */
    public java.util.Optional<Slot> bookable(Instant now, Instant start) {
        if (start.isBefore(now.plus(team.minNotice())) || start.isAfter(horizon(now))) {
            return java.util.Optional.empty();
        }
        return team.calendar().at(start);
    }

    /** How long before a slot it must be booked. */
    public Duration minNotice() {
        return team.minNotice();
    }
}
