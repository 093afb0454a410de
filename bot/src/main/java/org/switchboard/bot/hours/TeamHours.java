package org.switchboard.bot.hours;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The office's hours and each team's own, from {@code config/hours.yaml}: a team named under
 * {@code teams:} has its own weekly schedule, zone, holidays and closures (each key it leaves out
 * is the office's); any other team works the office's hours. Immutable and thread-safe.
 *
 * <pre>{@code
 * TeamHours hours = TeamHours.load(Path.of("config/hours.yaml"));
 * BusinessHours billing = hours.of("billing");
 * }</pre>
 */
public final class TeamHours {
    private final BusinessHours office;
    private final Map<String, BusinessHours> teams;

    public TeamHours(BusinessHours office, Map<String, BusinessHours> teams) {
        this.office = Objects.requireNonNull(office, "office == null");
        this.teams = Map.copyOf(teams);
    }

    /** Every team working the office's hours. */
    public static TeamHours of(BusinessHours office) {
        return new TeamHours(office, Map.of());
    }

    /**
     * Reads {@code hours.yaml}.
     *
     * @throws IllegalArgumentException naming the file and the key that is wrong
     */
    public static TeamHours load(Path file) {
        return HoursFile.load(file);
    }

    /** The office's hours: the away notice, and every team without hours of its own. */
    public BusinessHours office() {
        return office;
    }

    /** The team's hours. */
    public BusinessHours of(String team) {
        return teams.getOrDefault(team, office);
    }

    /** The teams with hours of their own. */
    public Set<String> teams() {
        return teams.keySet();
    }
}
