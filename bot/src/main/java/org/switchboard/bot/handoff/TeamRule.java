package org.switchboard.bot.handoff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.switchboard.bot.signal.TextFold;
import org.switchboard.faq.Language;

/**
 * One routing rule of {@code config/handoff.yaml}: a topic, recognised by words in the visitor's
 * message (any supported language, whole words, folded for case and accents) or by the tags of
 * the FAQ entry being discussed, and the team it goes to. With {@code alwaysPerson} the topic
 * always needs a person (refunds, cancellations, legal, account security…).
 *
 * @param name         the topic, e.g. {@code refunds}
 * @param team         the team that takes it, e.g. {@code billing}
 * @param alwaysPerson whether the bot hands off as soon as the topic comes up
 * @param tags         FAQ tags (categories) that belong to the topic, lower case
 * @param words        words and phrases per language that name the topic
 */
public record TeamRule(String name, String team, boolean alwaysPerson, Set<String> tags, Map<Language, List<String>> words) {
    public TeamRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(team, "team");
        tags = Set.copyOf(tags);
        Map<Language, List<String>> folded = new EnumMap<>(Language.class);
        words.forEach((l, list) -> folded.put(l, list.stream().map(TextFold::fold).filter(w -> !w.isEmpty()).toList()));
        words = Map.copyOf(folded);
        if (tags.isEmpty() && words.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("rule '" + name + "' needs tags or words");
        }
    }

    /** Whether the message names the topic, in any language (visitors mix them). */
    public boolean mentionedIn(String message) {
        String t = TextFold.fold(message);
        return words.values().stream().flatMap(List::stream).anyMatch(w -> TextFold.containsWords(t, w));
    }

    /** Whether an FAQ entry with these tags belongs to the topic. */
    public boolean covers(List<String> entryTags) {
        return entryTags.stream().anyMatch(t -> tags.contains(t.toLowerCase(java.util.Locale.ROOT)));
    }
}
