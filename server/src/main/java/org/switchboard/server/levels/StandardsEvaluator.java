package org.switchboard.server.levels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes {@link StandardReport}s from stored samples. A case counts when it is settled, or
 * unsettled but already over the limit (a visitor still waiting after the limit is a breach
 * now; one waiting less is not yet a case). The value at the percentile is the nearest rank:
 * the {@code ⌈p·n/100⌉}-th smallest measured time.
 */
public final class StandardsEvaluator {
    /** Breaches listed per standard, worst first. */
    public static final int MAX_BREACHES = 100;

    private final SampleStore samples;
    private final Clock clock;

    public StandardsEvaluator(SampleStore samples, Clock clock) {
        this.samples = Objects.requireNonNull(samples, "samples");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The standard over [from, until), with the trend's days in {@code zone}. */
    public StandardReport evaluate(Standard standard, Instant from, Instant until, ZoneId zone) {
        return report(standard, from, until, zone, samples.samples(standard.measure(), from, until, clock.instant()));
    }

    /** The standard over its own period, ending now. */
    public StandardReport evaluate(Standard standard, ZoneId zone) {
        Instant now = clock.instant();
        return evaluate(standard, now.minus(standard.period()), now, zone);
    }

    static StandardReport report(Standard standard, Instant from, Instant until, ZoneId zone, List<Sample> all) {
        Duration limit = standard.limit();
        List<Sample> counted = all.stream().filter(s -> !s.unsettled() || s.measured().compareTo(limit) > 0).toList();
        int within = (int) counted.stream().filter(s -> s.measured().compareTo(limit) <= 0).count();
        Optional<Duration> atPercentile = percentile(counted.stream().map(Sample::measured).toList(), standard.percentile());
        Map<LocalDate, int[]> days = new TreeMap<>();
        for (Sample s : counted) {
            int[] d = days.computeIfAbsent(s.at().atZone(zone).toLocalDate(), k -> new int[2]);
            d[0]++;
            if (s.measured().compareTo(limit) <= 0) {
                d[1]++;
            }
        }
        List<StandardReport.Day> trend = new ArrayList<>();
        days.forEach((date, d) -> trend.add(new StandardReport.Day(date, d[0], d[1])));
        List<Sample> breaches = counted.stream().filter(s -> s.measured().compareTo(limit) > 0)
                .sorted(Comparator.comparing(Sample::measured).reversed().thenComparing(Sample::at))
                .limit(MAX_BREACHES).toList();
        return new StandardReport(standard, from, until, counted.size(), within, atPercentile, trend, breaches);
    }

    /** The nearest-rank percentile of {@code values}: the ⌈p·n/100⌉-th smallest; empty for none. */
    static Optional<Duration> percentile(List<Duration> values, double p) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p * sorted.size() / 100.0 - 1e-9);
        return Optional.of(sorted.get(Math.max(1, Math.min(sorted.size(), rank)) - 1));
    }
}
