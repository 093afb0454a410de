package org.switchboard.bot;

import java.util.Objects;
import org.switchboard.bot.handoff.HandoffRules;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.faq.Language;

/**
 * How the bot behaves. Built once by the server from {@code config/}.
 *
 * @param botName         the name the bot introduces itself with, e.g. "Sam" (1–40 characters)
 * @param defaultLanguage the site's language: for visitors whose language is not known
 * @param businessHours   when the team is at work; outside them the bot shows an away notice
 * @param handoff         when the bot asks for a person and which team gets the conversation
 */
public record BotConfig(String botName, Language defaultLanguage, BusinessHours businessHours, HandoffRules handoff) {
    public BotConfig {
        Objects.requireNonNull(handoff, "handoff == null");
        Objects.requireNonNull(botName, "botName == null");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage == null");
        Objects.requireNonNull(businessHours, "businessHours == null");
        botName = botName.strip();
        if (botName.isEmpty() || botName.length() > 40) {
            throw new IllegalArgumentException("bot name must be 1 to 40 characters: '" + botName + "'");
        }
    }

    /** With the default handoff rules ({@link HandoffRules#defaults()}). */
    public BotConfig(String botName, Language defaultLanguage, BusinessHours businessHours) {
        this(botName, defaultLanguage, businessHours, HandoffRules.defaults());
    }
}
