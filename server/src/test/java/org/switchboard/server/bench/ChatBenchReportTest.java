package org.switchboard.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatBenchReportTest {
    private static final LatencyStats LATENCY = new LatencyStats(100, 2.5, 4, 9.5, 12, 0);
    private static final ErrorCounts NONE = new ErrorCounts(0, 0, 0, 0);

    /** 18 s of CPU for 10,000 turns: 15.1 s in Java threads, 10,000 FAQ questions taking 1.5 s. */
    private static final Usage BOT_USAGE = new Usage(18, 0.1, threads(), new MeteredSearch.Asked(10_000, 1.5));

    private static Map<String, Double> threads() {
        Map<String, Double> busiestFirst = new LinkedHashMap<>();
        busiestFirst.put("grizzly-http-server-#", 10.0);
        busiestFirst.put("HttpClient-#-Worker-#", 5.0);
        busiestFirst.put("bench-pacer", 0.1);
        return busiestFirst;
    }

    private static ChatBenchResult result(PhaseResult paced) {
        ChatBenchmark.Settings s = new ChatBenchmark.Settings(1000, 60, 10, 5, 180, 42);
        return new ChatBenchResult(s, 85, new PhaseResult("echo", 10, 200_000, 150_000, 0, 15_000, LATENCY, NONE, new Usage(19, 0.2), 31, true),
                new PhaseResult("bot", 10, 12_000, 10_000, 0, 1_000, LATENCY, NONE, BOT_USAGE, 180, false),
                new PhaseResult("faq", 10, 350_000, 300_000, 0, 30_000, LATENCY, NONE, new Usage(20, 0), 5, true),
                new PhaseResult("commit", 10, 70_000, 60_000, 0, 6_000, LATENCY, NONE, new Usage(20, 0), 7, true), paced, 900L << 20, 200L << 20);
    }

    @Test
    void theTableHasARowPerPhaseAndTheRatio() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChatBenchReport.table(result(new PhaseResult("paced", 60, 60_000, 59_990, 1_234, 999.8, LATENCY,
                new ErrorCounts(1, 2, 3, 4), new Usage(60, 0.5), 5, true)), "H2, embedded", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("store: H2, embedded"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("paced +5 +60 +60000 +59990 +1000 +2\\.50 +9\\.50 +12\\.00 +10 .* +0\\.5")), text);
        assertTrue(text.contains("bot / echo: 0.067"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("bot +180\\* +10 +12000 .*")), "an unsettled warm-up is marked: " + text);
        assertTrue(text.contains("still busy after 180 s"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("commit +7 +10 +70000 +60000 +6000 .*")), text);
        assertTrue(text.contains("parts alone / echo: faq 2.000, commit 0.400; the two on the same cores at most 5000 turns/s,"
                + " 0.333 of echo"), text);
        assertTrue(text.contains("a turn's least CPU (echo + faq + commit, each alone): 0.127 + 0.067 + 0.333 = 0.527 ms,"
                + " so bot / echo at most 0.241 (0.5 needs at most 0.253 ms a turn)"), text);
        assertTrue(text.contains("1 error frames, 2 unexpected closes, 3 unanswered (none or > 5 s), 4 acks missing"), text);
        assertTrue(text.contains("900 MiB at most during the paced run, 200 MiB after GC"), text);
        assertTrue(text.contains("kept silent (visitor waiting for a person): 1234 of 59990"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("bot +grizzly-http-server-# 1\\.000, HttpClient-#-Worker-# 0\\.500,"
                + " other threads 0\\.010, JVM \\(GC, JIT, VM\\) 0\\.290")),
                "groups under 2% of the CPU are summed, the rest is the JVM's: " + text);
        assertTrue(text.contains("FaqIndex.ask inside the server: 0.150 ms CPU per question in the bot phase (1.00 per turn),"
                + " - in the paced run; alone (faq) 0.067"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("echo +not measured .*")), "no figures by thread, none made up: " + text);
    }

    @Test
    void jsonWritesNullForFiguresThatCouldNotBeMeasured() throws Exception {
        JsonNode r = new ObjectMapper().readTree(ChatBenchReport.json(result(new PhaseResult("paced", 60, 0, 0, 0, 0,
                LatencyStats.NONE, new ErrorCounts(0, 0, 5, 0), new Usage(1, 0), 5, true)), "H2"));
        assertTrue(r.at("/paced/median_ms").isNull(), r.toString());
        assertEquals(5, r.at("/paced/errors/total").asLong());
        assertEquals(1000, r.at("/bot/per_second").asDouble());
        assertEquals(180, r.at("/bot/warmup_seconds").asInt());
        assertFalse(r.at("/bot/warmup_settled").asBoolean());
        assertEquals(0.2, r.at("/echo/jit_seconds").asDouble());
        assertEquals(180, r.get("max_warmup_seconds").asInt());
        assertEquals(0.067, r.get("bot_to_echo").asDouble());
        assertEquals(30_000, r.at("/faq/per_second").asDouble());
        assertEquals(5_000, r.get("parts_per_second").asDouble());
        assertEquals(0.333, r.get("parts_to_echo").asDouble());
        assertEquals(0.527, r.get("turn_floor_cpu_ms").asDouble());
        assertEquals(0.241, r.get("floor_to_echo").asDouble());
        assertEquals(900L << 20, r.at("/heap/max_used_bytes").asLong());
        assertEquals(10.0, r.at("/bot/cpu_seconds_by_thread/grizzly-http-server-#").asDouble());
        assertEquals(2.9, r.at("/bot/cpu_seconds_outside_java_threads").asDouble());
        assertEquals(10_000, r.at("/bot/faq_in_server/questions").asLong());
        assertEquals(0.15, r.at("/bot/faq_in_server/cpu_ms_each").asDouble());
        assertTrue(r.at("/paced/faq_in_server/cpu_ms_each").isNull(), "no question, no figure: " + r);
    }
}
