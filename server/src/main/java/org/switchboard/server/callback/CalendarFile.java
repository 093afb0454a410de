package org.switchboard.server.callback;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A call back as an iCalendar file (RFC 5545) with one event, for the visitor's calendar.
 *
 * <p>Written by hand rather than with ical4j: the file is a dozen properties, and ical4j would
 * bring its own dependencies (and a time-zone database to keep current) for them. What RFC 5545
 * asks of these lines is done here: CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, TEXT values escaped ({@code \\ ; , } and newlines). Times are in UTC
 * ({@code 20261124T083000Z}, "form #2"), which every calendar shows in its user's own zone; a
 * {@code TZID} would require a {@code VTIMEZONE} block describing the zone's rules. {@code UID} is
 * the call back's reference and {@code SEQUENCE} its revision, so a calendar that imports the file
 * again after a reschedule updates the event instead of adding a second one; a cancelled call back
 * gives {@code STATUS:CANCELLED}.
 */
public final class CalendarFile {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarFile() {
    }

    /**
     * @param summary     the event's title, e.g. "Call back from Support"
     * @param description what the visitor reads in the event
     * @param url         the manage page
     * @param now         the file's time stamp
     */
    public static String of(Callback c, String summary, String description, String url, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Switchboard//Call backs//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + c.reference() + "@switchboard");
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(c.start()));
        line(out, "DTEND:" + UTC.format(c.end()));
        line(out, "SEQUENCE:" + c.revision());
        line(out, "STATUS:" + (c.status() == CallbackStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(out, "SUMMARY:" + text(summary));
        line(out, "DESCRIPTION:" + text(description));
        line(out, "URL:" + url);
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value escaped (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (RFC 5545, 3.1): CRLF and one space before each continuation. */
    static void line(StringBuilder out, String line) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
