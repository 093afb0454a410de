package org.switchboard.bot.handoff;

import java.nio.file.Path;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.faq.Language;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When the bot asks for a person and which team gets the conversation, from
 * {@code config/handoff.yaml}. Whatever the rules, the visitor can always ask for a person
 * (the button, or in words in any supported language).
 *
 * <pre>{@code
 * HandoffRules rules = HandoffRules.load(Path.of("config/handoff.yaml"));
 * Routing r = rules.route("I want my money back", List.of("payments"));   // billing, refunds, always a person
 * }</pre>
 *
 * @param defaultTeam          the team for everything no rule routes
 * @param onFrustration        what a frustrated or complaining visitor gets after the apology
 * @param notHelpfulInARow     how many "No, that didn't help" in a row bring a person (1..10)
 * @param clarifyBeforeHandoff whether the bot asks the visitor to say more once before handing
 *                             off a question the FAQ cannot answer
 * @param teams                routing rules, first match wins: words in the message first, then
 *                             the tags of the FAQ entry concerned
 * @param teamNames            how each team is named to visitors, per language ("Ana from
 *                             Billing has joined"); a team without a name is called by its id
 * @param callbackAfter        an estimated wait longer than this brings the offer of a call back
 */
public record HandoffRules(String defaultTeam, OnFrustration onFrustration, int notHelpfulInARow,
                           boolean clarifyBeforeHandoff, List<TeamRule> teams, Map<String, Map<Language, String>> teamNames,
                           java.time.Duration callbackAfter) {
    /** The default limit of an estimated wait before a call back is offered. */
    public static final java.time.Duration DEFAULT_CALLBACK_AFTER = java.time.Duration.ofMinutes(10);

    /** The team when nothing is configured. */
    public static final String DEFAULT_TEAM = HandoffRequested.DEFAULT_TEAM;

    /** What follows the apology to a frustrated visitor. */
    public enum OnFrustration {
        /** The apology, the reply as usual, and a person. */
        HANDOFF,
        /** The apology and the reply as usual. */
        APOLOGISE
    }

    public HandoffRules {
        Objects.requireNonNull(defaultTeam, "defaultTeam");
        Objects.requireNonNull(onFrustration, "onFrustration");
        if (defaultTeam.isBlank()) {
            throw new IllegalArgumentException("default team must not be blank");
        }
        if (notHelpfulInARow < 1 || notHelpfulInARow > 10) {
            throw new IllegalArgumentException("not_helpful_in_a_row must be 1..10: " + notHelpfulInARow);
        }
        teams = List.copyOf(teams);
        teamNames = Map.copyOf(teamNames);
        Objects.requireNonNull(callbackAfter, "callbackAfter");
        if (callbackAfter.toMinutes() < 1 || callbackAfter.toHours() > 24) {
            throw new IllegalArgumentException("offer_callback_after_minutes must be 1..1440: " + callbackAfter.toMinutes());
        }
    }

    /** Without team names. */
    public HandoffRules(String defaultTeam, OnFrustration onFrustration, int notHelpfulInARow,
                        boolean clarifyBeforeHandoff, List<TeamRule> teams) {
        this(defaultTeam, onFrustration, notHelpfulInARow, clarifyBeforeHandoff, teams, Map.of(), DEFAULT_CALLBACK_AFTER);
    }

    /** Every team a handoff can go to: the default team, each rule's team, then any named team, in that order. */
    public List<String> teamIds() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        ids.add(defaultTeam);
        teams.forEach(t -> ids.add(t.team()));
        ids.addAll(new java.util.TreeSet<>(teamNames.keySet()));
        return List.copyOf(ids);
    }

    /** The team's name for visitors in {@code language}, else in English, else its id. */
    public String teamName(String team, Language language) {
        Map<Language, String> names = teamNames.getOrDefault(team, Map.of());
        return names.getOrDefault(language, names.getOrDefault(Language.ENGLISH, team));
    }

    /** No topics; frustration and two "no"s bring a person; one clarification first. */
    public static HandoffRules defaults() {
        return new HandoffRules(DEFAULT_TEAM, OnFrustration.HANDOFF, 2, true, List.of());
    }

    /** Reads and checks a rules file; errors name the file and the key. */
    public static HandoffRules load(Path file) {
        return HandoffRulesFile.read(file);
    }

    /**
     * Where a conversation goes, given the visitor's message (may be empty) and the tags of the
     * FAQ entry concerned (the one found or last answered; may be empty).
     */
    public Routing route(String message, List<String> entryTags) {
        for (TeamRule rule : teams) {
            if (!message.isEmpty() && rule.mentionedIn(message)) {
                return new Routing(rule.team(), Optional.of(rule.name()), rule.alwaysPerson());
            }
        }
        for (TeamRule rule : teams) {
            if (rule.covers(entryTags)) {
                return new Routing(rule.team(), Optional.of(rule.name()), rule.alwaysPerson());
            }
        }
        return Routing.to(defaultTeam);
    }
}
