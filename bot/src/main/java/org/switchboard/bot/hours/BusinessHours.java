package org.switchboard.bot.hours;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
 * <p>Holidays and one-off closures ({@link Closure}, dates in the same zone) take precedence over
 * the weekly spans. Immutable and thread-safe.
 */
public final class BusinessHours {
    /** How far ahead {@link #nextOpening} looks past closures. */
    private static final int LOOK_AHEAD_DAYS = 400;

    private final ZoneId zone;
    private final List<OpeningSpan> spans;
    private final List<Closure> closures;

    private BusinessHours(ZoneId zone, List<OpeningSpan> spans, List<Closure> closures) {
        this.zone = zone;
        this.spans = spans;
        this.closures = closures;
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
        return new BusinessHours(zone, sorted, List.of());
    }

    /** These hours, closed also on these holidays and one-off closures (replacing any before). */
    public BusinessHours withClosures(List<Closure> closures) {
        return new BusinessHours(zone, spans, closures.stream().sorted(Comparator.comparing(Closure::date)
                .thenComparing(Closure::from)).toList());
    }

    /** These hours in another time zone (the same local times). */
    public BusinessHours inZone(ZoneId other) {
        return new BusinessHours(Objects.requireNonNull(other, "zone == null"), spans, closures);
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
        return HoursFile.load(file).office();
    }

    /** The office's time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** The spans, by day and time. */
    public List<OpeningSpan> spans() {
        return spans;
    }

    /** The holidays and one-off closures, by date. */
    public List<Closure> closures() {
        return closures;
    }

    /** Whether the team is at work at this instant. */
    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        return spans.stream().anyMatch(s -> s.day() == local.getDayOfWeek() && s.contains(time))
                && closures.stream().noneMatch(c -> c.covers(date, time));
    }

    /**
     * The stretches of {@code date} when the team is at work, in the zone's local time, earliest
     * first: the weekly spans of that weekday minus the date's closures. A stretch ending at
     * {@link LocalTime#MIDNIGHT} runs to the end of the day.
     */
    public List<OpeningSpan> openOn(LocalDate date) {
        List<OpeningSpan> open = new ArrayList<>();
        for (OpeningSpan s : spans) {
            if (s.day() == date.getDayOfWeek()) {
                open.add(s);
            }
        }
        for (Closure c : closures) {
            if (!c.date().equals(date)) {
                continue;
            }
            List<OpeningSpan> left = new ArrayList<>();
            for (OpeningSpan s : open) {
                left.addAll(minus(s, c));
            }
            open = left;
        }
        return List.copyOf(open);
    }

    private static List<OpeningSpan> minus(OpeningSpan s, Closure c) {
        int opens = minute(s.opens(), false);
        int closes = minute(s.closes(), true);
        int from = minute(c.from(), false);
        int to = minute(c.to(), true);
        if (to <= opens || from >= closes) {
            return List.of(s);
        }
        List<OpeningSpan> out = new ArrayList<>(2);
        if (from > opens) {
            out.add(new OpeningSpan(s.day(), s.opens(), c.from()));
        }
        if (to < closes) {
            out.add(new OpeningSpan(s.day(), c.to(), s.closes()));
        }
        return out;
    }

    private static int minute(LocalTime t, boolean end) {
        return end && t.equals(LocalTime.MIDNIGHT) ? 24 * 60 : t.toSecondOfDay() / 60;
    }

    /** {@code instant} itself when open, otherwise the next instant the team is at work. */
    public Instant nextOpening(Instant instant) {
        if (isOpen(instant)) {
            return instant;
        }
        LocalDate today = instant.atZone(zone).toLocalDate();
        for (int d = 0; d <= LOOK_AHEAD_DAYS; d++) {
            LocalDate date = today.plusDays(d);
            for (OpeningSpan s : openOn(date)) {
                Instant opens = ZonedDateTime.of(date, s.opens(), zone).toInstant();
                if (opens.isAfter(instant) && isOpen(opens)) {
                    return opens;
                }
            }
        }
        throw new IllegalStateException("closed for more than " + LOOK_AHEAD_DAYS + " days after " + instant);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessHours h && h.zone.equals(zone) && h.spans.equals(spans) && h.closures.equals(closures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, spans, closures);
    }

    @Override
    public String toString() {
        return "BusinessHours[" + zone + ", " + spans + (closures.isEmpty() ? "" : ", closed " + closures) + "]";
    }
}
