package org.switchboard.server.agent;

import java.util.Objects;
import java.util.Set;

/**
 * A signed-in person at the agent console, as the staff accounts describe them.
 *
 * @param id    the staff account's id
 * @param login the staff login (rotas and call backs name agents by it)
 * @param name  the display name visitors see
 * @param roles role names ({@code agent}, {@code supervisor}, …)
 */
public record Agent(long id, String login, String name, Set<String> roles) {
    /** The team only supervisors may take conversations from. */
    public static final String SUPERVISOR_TEAM = "supervisor";

    public Agent {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public boolean supervisor() {
        return roles.contains("supervisor") || roles.contains("admin");
    }

    /** Agents answer every team's line but the supervisors'; supervisors answer all. */
    public boolean serves(String team) {
        return supervisor() || !SUPERVISOR_TEAM.equals(team);
    }
}
