package org.switchboard.server.listener;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.switchboard.listener.source.ReadBudget;
import org.switchboard.listener.source.Source;
import org.switchboard.listener.source.SourceHealth;
import org.switchboard.listener.source.SourceState;

/** One source's status as JSON: health, schedule, last poll and read budget usage. */
final class SourceStatus {
    private SourceStatus() {
    }

    static Map<String, Object> of(Source source, SourceHealth health, SourceRecord stored, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", source.name());
        m.put("kind", source.kind());
        m.put("interval_seconds", source.interval().toSeconds());
        boolean healthy = health != null ? health.healthy() : stored == null || stored.failures() == 0;
        m.put("healthy", healthy);
        m.put("consecutive_failures", health != null ? health.consecutiveFailures() : stored == null ? 0 : stored.failures());
        String error = health != null && health.lastError() != null ? health.lastError() : stored == null ? null : stored.lastError();
        m.put("last_error", healthy ? null : error);
        m.put("last_polled_at", stored == null || stored.lastPolledAt() == null ? null : stored.lastPolledAt().toString());
        m.put("last_success_at", stored == null || stored.lastSuccessAt() == null ? null : stored.lastSuccessAt().toString());
        m.put("next_poll_at", health == null || health.nextPoll() == null ? null : health.nextPoll().toString());
        SourceState state = stored == null ? SourceState.initial() : stored.state();
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        SourceState usage = state.on(today);
        Map<String, Object> reads = new LinkedHashMap<>();
        reads.put("today", usage.readToday());
        reads.put("this_month", usage.readThisMonth());
        source.budget().ifPresent((ReadBudget b) -> {
            reads.put("per_day", b.perDay());
            reads.put("per_month", b.perMonth());
            reads.put("remaining", b.remaining(state, today));
        });
        m.put("reads", reads);
        return m;
    }
}
