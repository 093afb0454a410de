package org.switchboard.server.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardsTest {
    @TempDir
    Path dir;

    @Test
    void theShippedFileLoads() {
        List<Standard> s = Standards.load(Path.of("..", "config", "standards.yaml"));
        assertEquals(List.of(new Standard("Visitors' messages acknowledged within 1 second", Measure.BOT_ACK, 99,
                Duration.ofSeconds(1), Duration.ofDays(7)), new Standard("Handoffs picked up within 2 minutes", Measure.HANDOFF_PICKUP, 90, Duration.ofMinutes(2),
                Duration.ofDays(7)), new Standard("Call backs made within 5 minutes of the promised time",
                Measure.CALLBACK_PUNCTUALITY, 95, Duration.ofMinutes(5), Duration.ofDays(30)),
                new Standard("Public complaints answered within 1 hour", Measure.COMPLAINT_RESPONSE, 90, Duration.ofHours(1),
                        Duration.ofDays(7)),
                new Standard("Mentions answered within 10 hours", Measure.MENTION_RESPONSE, 90, Duration.ofHours(10),
                        Duration.ofDays(7))), s);
    }

    @Test
    void noFileNoStandards() {
        assertEquals(List.of(), Standards.load(dir.resolve("missing.yaml")));
    }

    @Test
    void everyMistakeNamesTheFileTheStandardAndTheKey() throws Exception {
        String ok = "{name: A, measure: handoff_pickup, percentile: 90, limit: 2m, period: 7d}";
        assertError("standards: [" + ok.replace("limit: 2m", "limit: 2 minutes") + "]",
                "standards[0] ('A'), key 'limit': '2 minutes' is not a duration such as 90s, 2m, 1h or 7d");
        assertError("standards: [" + ok.replace("handoff_pickup", "pickup") + "]",
                "standards[0] ('A'), key 'measure': unknown measure 'pickup' (known: bot_ack, handoff_pickup, callback_punctuality, mention_response, complaint_response)");
        assertError("standards: [" + ok.replace("percentile: 90", "percentile: 190") + "]",
                "standards[0] ('A'), key 'percentile': must be a number above 0 and at most 100");
        assertError("standards: [" + ok.replace("period: 7d", "period: 7d, colour: red") + "]",
                "standards[0]: unknown key 'colour'");
        assertError("standards: [" + ok + ", " + ok + "]", "standards[1] ('A'), key 'name': another standard has this name");
        assertError("standard: []", "unknown key 'standard' (known: standards)");
        assertError("standards: [" + ok.replace("name: A, ", "") + "]", "standards[0], key 'name': missing or empty");
    }

    @Test
    void theReportAsJsonCarriesValueTargetTrendAndBreaches() {
        Standard s = new Standard("Handoffs", Measure.HANDOFF_PICKUP, 90, Duration.ofMinutes(2), Duration.ofDays(7));
        Instant at = Instant.parse("2026-11-22T09:00:00Z");
        StandardReport r = StandardsEvaluator.report(s, at.minusSeconds(86400), at.plusSeconds(3600), ZoneId.of("UTC"), List.of(
                new Sample("handoff", 1, 11, at, Duration.ofSeconds(30), false),
                new Sample("handoff", 2, 12, at, Duration.ofSeconds(500), true)));
        Map<String, Object> json = StandardsResource.json(r);
        assertEquals(90.0, json.get("percentile"));
        assertEquals(120L, json.get("limit_seconds"));
        assertEquals(2, json.get("counted"));
        assertEquals(0.5, json.get("attained"));
        assertEquals(false, json.get("met"));
        assertEquals(500.0, json.get("seconds_at_percentile"));
        List<?> breaches = (List<?>) json.get("breaches");
        assertEquals(Map.of("kind", "handoff", "id", 2L, "conversation_id", 12L, "at", "2026-11-22T09:00:00Z",
                "seconds", 500.0, "still_open", true), breaches.get(0));
        assertEquals(1, ((List<?>) json.get("trend")).size());
    }

    @Test
    void percentilesAreNearestRank() {
        List<Duration> v = List.of(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(2));
        assertEquals(Duration.ofSeconds(2), StandardsEvaluator.percentile(v, 50).orElseThrow()); // ⌈2⌉ = 2nd of 1,2,3,5
        assertEquals(Duration.ofSeconds(5), StandardsEvaluator.percentile(v, 90).orElseThrow()); // ⌈3.6⌉ = 4th
        assertEquals(Duration.ofSeconds(3), StandardsEvaluator.percentile(v, 75).orElseThrow()); // ⌈3⌉ = 3rd
        assertEquals(Duration.ofSeconds(1), StandardsEvaluator.percentile(v, 1).orElseThrow());  // ⌈0.04⌉ = 1st
        assertTrue(StandardsEvaluator.percentile(List.of(), 90).isEmpty());
    }

    @Test
    void aCommentCannotBecomeASpreadsheetFormula() {
        assertEquals("'=HYPERLINK(\"x\")", ConversationsResource.safe("=HYPERLINK(\"x\")"));
        assertEquals("'@sum", ConversationsResource.safe("@sum"));
        assertEquals("fine, thanks", ConversationsResource.safe("fine, thanks"));
    }

    private void assertError(String yaml, String expected) throws Exception {
        Path f = Files.writeString(dir.resolve("standards.yaml"), yaml);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Standards.load(f));
        assertTrue(e.getMessage().startsWith(f + ": ") && e.getMessage().contains(expected), e.getMessage());
    }
}
