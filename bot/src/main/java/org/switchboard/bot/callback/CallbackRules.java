package org.switchboard.bot.callback;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.switchboard.bot.hours.BusinessHours;

/**
 * How call backs are booked, from {@code config/callbacks.yaml}: the defaults for every team, each
 * team's overrides, and each team's default rota (a supervisor may store another; the server
 * decides which applies). Immutable.
 *
 * @param defaults settings of a team without overrides
 * @param teams    per team: its settings
 */
public record CallbackRules(Settings defaults, Map<String, Settings> teams) {
    /**
     * One team's settings.
     *
     * @param slotLength    how long a slot is (whole minutes, 5..240)
     * @param callsPerAgent call backs one agent takes in one slot (1..20)
     * @param serviceLevel  the promise, in business time
     * @param minNotice     how soon a slot may start after booking (0..7 days)
     * @param bookAhead     how far ahead slots are offered (1..90 days)
     * @param offerCount    slots shown at once (1..12)
     * @param rota          the default rota
     */
    public record Settings(Duration slotLength, int callsPerAgent, ServiceLevel serviceLevel, Duration minNotice,
                           Duration bookAhead, int offerCount, Rota rota) {
        public Settings {
            Objects.requireNonNull(slotLength, "slotLength == null");
            Objects.requireNonNull(serviceLevel, "serviceLevel == null");
            Objects.requireNonNull(minNotice, "minNotice == null");
            Objects.requireNonNull(bookAhead, "bookAhead == null");
            Objects.requireNonNull(rota, "rota == null");
        }
    }

    public CallbackRules {
        Objects.requireNonNull(defaults, "defaults == null");
        teams = Map.copyOf(teams);
    }

    /** 30-minute slots, one call per agent and slot, within 10 business hours, 30 minutes' notice, 14 days ahead, 6 shown; nobody on the rota. */
    public static CallbackRules standard() {
        return new CallbackRules(new Settings(Duration.ofMinutes(30), 1, new ServiceLevel(Duration.ofHours(10)),
                Duration.ofMinutes(30), Duration.ofDays(14), 6, Rota.empty()), Map.of());
    }

    /**
     * Reads {@code callbacks.yaml}; a missing file means {@link #standard()} (no rota: choosing a call
     * back then means a person agrees the time in the chat, as before booking existed).
     *
     * @throws IllegalArgumentException naming the file and the key that is wrong
     */
    public static CallbackRules load(Path file) {
        return CallbackRulesFile.load(file);
    }

    /** The team's settings. */
    public Settings settings(String team) {
        return teams.getOrDefault(team, defaults);
    }

    /** The teams with settings of their own. */
    public Set<String> teamNames() {
        return teams.keySet();
    }

    /** How the team takes call backs with these hours and this rota (the stored one, or {@link Settings#rota()}). */
    public TeamCallbacks team(String team, BusinessHours hours, Rota rota) {
        Settings s = settings(team);
        return new TeamCallbacks(new SlotCalendar(hours, rota, s.slotLength(), s.callsPerAgent()), s.serviceLevel(),
                s.minNotice(), s.bookAhead(), s.offerCount());
    }
}
