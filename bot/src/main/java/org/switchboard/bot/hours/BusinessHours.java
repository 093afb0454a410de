package org.switchboard.bot.hours;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The team's weekly working hours in the office's time zone, e.g. Monday–Friday 08:00–20:00
 * and Saturday 09:00–13:00, Europe/Athens. Daylight-saving changes follow the zone's rules: an
 * opening time that does not exist on a given day moves forward with the clock.
 *
 * <pre>{@code
 * BusinessHours hours = BusinessHours.load(Path.of("config/hours.yaml"));
 * if (!hours.isOpen(now)) {
 *     Instant back = hours.nextOpening(now);   // tell the visitor in their own zone
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. Holidays are not modelled yet.
 */
public final class BusinessHours {
    private final ZoneId zone;
    private final List<OpeningSpan> spans;

    private BusinessHours(ZoneId zone, List<OpeningSpan> spans) {
        this.zone = zone;
        this.spans = spans;
    }

    /**
     * Hours made of these spans.
     *
     * @throws IllegalArgumentException if there are no spans or two overlap
     */
    public static BusinessHours of(ZoneId zone, List<OpeningSpan> spans) {
        Objects.requireNonNull(zone, "zone == null");
        List<OpeningSpan> sorted = spans.stream()
                .sorted(Comparator.comparing(OpeningSpan::day).thenComparing(OpeningSpan::opens)).toList();
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("business hours need at least one opening span");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("opening spans overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return new BusinessHours(zone, sorted);
    }

    /** Open every minute of every day: the bot never shows an away notice. */
    public static BusinessHours always(ZoneId zone) {
        return of(zone, Stream.of(DayOfWeek.values())
                .map(d -> new OpeningSpan(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).toList());
    }

    /**
     * Reads hours from a YAML file such as {@code config/hours.yaml}.
     *
     * @throws IllegalArgumentException naming the file and the key that is wrong
     */
    public static BusinessHours load(Path file) {
        return HoursFile.load(file);
    }

    /** The office's time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** The spans, by day and time. */
    public List<OpeningSpan> spans() {
        return spans;
    }

    /** Whether the team is at work at this instant. */
    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return spans.stream().anyMatch(s -> s.day() == local.getDayOfWeek() && s.contains(local.toLocalTime()));
    }

    /** {@code instant} itself when open, otherwise the next instant the team is at work. */
    public Instant nextOpening(Instant instant) {
        if (isOpen(instant)) {
            return instant;
        }
        LocalDate today = instant.atZone(zone).toLocalDate();
        for (int d = 0; d <= 7; d++) {
            LocalDate date = today.plusDays(d);
            for (OpeningSpan s : spans) {
                Instant opens = ZonedDateTime.of(date, s.opens(), zone).toInstant();
                if (s.day() == date.getDayOfWeek() && opens.isAfter(instant)) {
                    return opens;
                }
            }
        }
        throw new IllegalStateException("no opening within a week of " + instant); // unreachable: there is a span
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessHours h && h.zone.equals(zone) && h.spans.equals(spans);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, spans);
    }

    @Override
    public String toString() {
        return "BusinessHours[" + zone + ", " + spans + "]";
    }
}
