package org.switchboard.server.triage;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored surge of negative mentions of one term: the evaluation that started it (count, usual
 * rate, threshold, the window counted), the most seen since, and when it ended (null while active).
 */
public record Surge(long id, String term, String kind, Instant startedAt, Instant endedAt, int count, double usual,
                    double stdDev, double threshold, Instant since, Instant until, int peak, int latest) {

    public boolean active() {
        return endedAt == null;
    }

    /**
     * The {@code surge} event's payload (the triage page's banner, the webhook): {@code term, kind,
     * count, usual, threshold, since, until} as the brief of the live feed has them, plus
     * {@code surge_id}, {@code started_at}, {@code peak}, {@code latest}, {@code std_dev} and
     * {@code ended_at} (null while active).
     */
    public Map<String, Object> json() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("surge_id", id);
        o.put("term", term);
        o.put("kind", kind);
        o.put("count", count);
        o.put("usual", round(usual));
        o.put("std_dev", round(stdDev));
        o.put("threshold", round(threshold));
        o.put("since", since.toString());
        o.put("until", until.toString());
        o.put("started_at", startedAt.toString());
        o.put("peak", peak);
        o.put("latest", latest);
        o.put("ended_at", endedAt == null ? null : endedAt.toString());
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
