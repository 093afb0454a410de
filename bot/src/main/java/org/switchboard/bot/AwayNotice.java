package org.switchboard.bot;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.AwayNoticeShown;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.phrasing.Phrase;

/**
 * Outside business hours, says once per conversation when the team is back, in the visitor's
 * own time zone: today, tomorrow, or on a named day, at {@code HH:mm}. Immutable.
 */
final class AwayNotice {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BusinessHours hours;

    AwayNotice(BusinessHours hours) {
        this.hours = hours;
    }

    boolean isAway(Instant at) {
        return !hours.isOpen(at);
    }

    void addIfDue(Turn turn) {
        Conversation c = turn.conversation();
        if (c.awayNoticeShown() || !isAway(turn.at())) {
            return;
        }
        Instant back = hours.nextOpening(turn.at());
        ZonedDateTime now = turn.at().atZone(c.visitorZone());
        ZonedDateTime then = back.atZone(c.visitorZone());
        long days = ChronoUnit.DAYS.between(now.toLocalDate(), then.toLocalDate());
        String time = TIME.format(then);
        String text;
        if (days == 0) {
            text = turn.say(Phrase.AWAY_TODAY, Map.of("time", time));
        } else if (days == 1) {
            text = turn.say(Phrase.AWAY_TOMORROW, Map.of("time", time));
        } else {
            text = turn.say(Phrase.AWAY_LATER, Map.of("day", turn.say(Phrase.day(then.getDayOfWeek())), "time", time));
        }
        turn.add(new AwayNoticeShown(turn.at(), back, text));
    }
}
