package org.switchboard.bot.handoff;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a handoff goes: the team, and the topic that decided it (none: the default team).
 *
 * @param alwaysPerson whether the topic always needs a person
 */
public record Routing(String team, Optional<String> topic, boolean alwaysPerson) {
    public Routing {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(topic, "topic");
    }

    static Routing to(String team) {
        return new Routing(team, Optional.empty(), false);
    }
}
