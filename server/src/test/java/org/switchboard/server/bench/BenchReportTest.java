package org.switchboard.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private final BenchResult result = new BenchResult("synthetic", 10_000, 40_000, 1234.5, 3 * 1024 * 1024,
            200L * 1024 * 1024, new LatencyStats(2000, 0.8, 1.2, 2.4, 9.0, 1100.0),
            new LatencyStats(2000, 0.2, 0.3, 0.6, 4.0, 4500.0), 321.0, 2345.0);

    @Test
    void jsonHasOneObjectPerIndexWithRatios() throws Exception {
        JsonNode root = new ObjectMapper().readTree(BenchReport.json(List.of(result)));
        JsonNode index = root.get("indexes").get(0);
        assertEquals("synthetic", index.get("corpus").asText());
        assertEquals(10_000, index.get("entries").asInt());
        assertEquals(2000, index.get("questions").asInt());
        assertEquals(1234.5, index.get("build_ms").asDouble());
        assertEquals(321.0, index.get("publish_ms").asDouble());
        assertEquals(2345.0, index.get("durable_ms").asDouble());
        assertEquals(3 * 1024 * 1024, index.get("disk_bytes").asLong());
        assertEquals(0.8, index.get("ask").get("median_ms").asDouble());
        assertEquals(0.6, index.get("bm25").get("p99_ms").asDouble());
        assertEquals(4.0, index.get("ratio").get("median").asDouble());
        assertEquals(4.0, index.get("ratio").get("p99").asDouble());
        assertTrue(root.get("machine").asText().contains("cores"));
    }

    @Test
    void tableShowsBothMethodsAndTheRatio() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchReport.table(List.of(result), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String table = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("synthetic ask        0.800     1.200     2.400     9.000       1100"), table);
        assertTrue(table.contains("synthetic bm25       0.200     0.300     0.600     4.000       4500"), table);
        assertTrue(table.contains("synthetic ratio      4.00x               4.00x"), table);
    }
}
