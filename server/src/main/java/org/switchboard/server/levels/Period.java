package org.switchboard.server.levels;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The period and time zone a dashboard request asks for ({@code from}, {@code until} as ISO
 * instants, {@code tz} as a zone id), checked the same way by every resource of this package:
 * a bad value is a 400 whose JSON {@code error} says what to send instead.
 */
record Period(Instant from, Instant until, ZoneId zone) {
    /** The longest period asked for. */
    static final Duration MAX = Duration.ofDays(366);

    /** The period asked for; a missing end is now, a missing start {@code days} before the end. */
    static Period of(String from, String until, String tz, Clock clock, int days) {
        ZoneId zone = zone(tz);
        Instant end = blank(until) ? clock.instant() : instant(until, "until");
        Instant start = blank(from) ? end.minus(Duration.ofDays(days)) : instant(from, "from");
        check(start, end);
        return new Period(start, end, zone);
    }

    /** The zone asked for, UTC when none. */
    static ZoneId zone(String tz) {
        try {
            return blank(tz) ? ZoneId.of("UTC") : ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw bad("'tz' must be a time zone such as Europe/Athens, not '" + tz + "'");
        }
    }

    static Instant instant(String text, String name) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw bad("'" + name + "' must be an ISO instant such as 2026-11-01T00:00:00Z");
        }
    }

    static void check(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw bad("'until' must be after 'from'");
        }
        if (Duration.between(start, end).compareTo(MAX) > 0) {
            throw bad("the period is at most 366 days");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static WebApplicationException bad(String message) {
        return new WebApplicationException(message, Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").entity(Map.of("error", message)).build());
    }
}
