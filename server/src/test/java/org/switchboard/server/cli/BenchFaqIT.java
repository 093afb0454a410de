package org.switchboard.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench faq} on a small synthetic corpus: runs, and prints well-formed figures. */
class BenchFaqIT {
    @TempDir
    Path dir;

    @Test
    void smallSyntheticRunPrintsOneJsonObject() throws Exception {
        Console c = new Console(dir);
        assertEquals(0, c.runReal("bench", "faq", "--no-clinc", "--entries", "120", "--questions", "100",
                "--warmup", "50", "--publishes", "1", "--json"), c.stderrText());
        JsonNode index = new ObjectMapper().readTree(c.stdoutText()).get("indexes").get(0);
        assertEquals("synthetic", index.get("corpus").asText());
        assertEquals(120, index.get("entries").asInt());
        assertEquals(100, index.get("questions").asInt());
        assertTrue(index.get("disk_bytes").asLong() > 0);
        assertTrue(index.get("publish_ms").asDouble() > 0);
        assertTrue(index.get("durable_ms").asDouble() >= index.get("publish_ms").asDouble());
        assertTrue(index.get("ask").get("median_ms").asDouble() > 0);
        assertTrue(index.get("bm25").get("p99_ms").asDouble() >= index.get("bm25").get("median_ms").asDouble());
    }
}
