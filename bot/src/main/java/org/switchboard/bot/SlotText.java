package org.switchboard.bot;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.Language;

/**
 * How a call back time reads to the visitor, in their zone and language: the day ("Tuesday 24 Nov
 * 2026": the weekday from the phrasebook, the date in the language's usual form from the JDK's
 * CLDR data), the time on a 24-hour clock like the away notice, and the zone ("Asia/Manila,
 * UTC+08:00"). Public for the manage page, which shows the same words. Immutable.
 */
public final class SlotText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private final Phrasebook phrases;

    public SlotText(Phrasebook phrases) {
        this.phrases = phrases;
    }

    /** The day of {@code instant} in {@code zone}, e.g. "Tuesday 24 Nov 2026". */
    public String day(Instant instant, ZoneId zone, Language language) {
        ZonedDateTime z = instant.atZone(zone);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(language)).format(z);
        return phrases.text(language, Phrase.day(z.getDayOfWeek())) + " " + date;
    }

    /** The time of {@code instant} in {@code zone}, e.g. "10:30". */
    public String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** The zone and its offset at {@code instant}, e.g. "Europe/Athens, UTC+03:00". */
    public String zone(Instant instant, ZoneId zone) {
        return zone.getId() + ", UTC" + OFFSET.format(instant.atZone(zone));
    }

    static Locale locale(Language language) {
        return switch (language.code()) {
            case "en" -> Locale.UK;
            case "tl" -> Locale.forLanguageTag("fil-PH");
            case "vi" -> Locale.forLanguageTag("vi-VN");
            case "el" -> Locale.forLanguageTag("el-GR");
            case "ar" -> Locale.forLanguageTag("ar");
            default -> Locale.forLanguageTag(language.code());
        };
    }
}
