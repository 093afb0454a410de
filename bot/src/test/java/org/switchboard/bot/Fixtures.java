package org.switchboard.bot;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.Language;

/** The real configuration files, read once: Maven runs tests with the module as working directory. */
final class Fixtures {
    static final Path CONFIG_DIR = Path.of("..", "config");
    static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    static final ZoneId HO_CHI_MINH = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Phrasebook PHRASES = Phrasebook.load(CONFIG_DIR.resolve("phrasing"));
    static final BusinessHours HOURS = BusinessHours.load(CONFIG_DIR.resolve("hours.yaml"));
    static final BotConfig CONFIG = new BotConfig("Sam", Language.ENGLISH, HOURS);

    /** Wednesday mid-morning in Athens: the team is at work. */
    static final String IN_HOURS = "2025-01-15T10:00";
    /** Saturday afternoon in Athens: the team is back on Monday at 08:00. */
    static final String SATURDAY_AFTERNOON = "2025-01-18T15:00";

    private Fixtures() {
    }

    static String text(Language language, Phrase phrase) {
        return PHRASES.text(language, phrase);
    }

    static String text(Language language, Phrase phrase, String placeholder, String value) {
        return PHRASES.text(language, phrase, Map.of(placeholder, value));
    }
}
