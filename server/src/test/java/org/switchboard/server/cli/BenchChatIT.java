package org.switchboard.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.ServerConfig;

/**
 * {@code bench chat} end to end with a few visitors for a few seconds against the repository's
 * configuration and an embedded H2 file: it runs, every turn ends in time, and it prints
 * well-formed figures. Speed is not asserted: that is what the command is for.
 */
class BenchChatIT {
    @TempDir
    Path dir;

    @Test
    void aFewVisitorsGetEveryTurnEndedInTimeAndTheFiguresAreWellFormed() throws Exception {
        Console c = new Console(dir);
        c.env.put(ServerConfig.ENV_CONFIG, Path.of("..", "config", "switchboard.yaml").toString());
        assertEquals(0, c.runReal("bench", "chat", "--visitors", "20", "--seconds", "3", "--ceiling-seconds", "2",
                "--warmup-seconds", "1", "--max-warmup-seconds", "1", "--json"), c.stderrText());

        JsonNode r = new ObjectMapper().readTree(c.stdoutText());
        assertEquals(20, r.get("visitors").asInt());
        assertTrue(r.get("store").asText().startsWith("H2"), r.toString());
        assertTrue(r.get("rate_limits_lifted").asBoolean());
        for (String phase : new String[] {"echo", "bot", "paced", "faq", "commit"}) {
            JsonNode p = r.get(phase);
            assertTrue(p.get("done").asLong() > 0, phase + ": " + p);
            assertEquals(0, p.at("/errors/total").asLong(), phase + ": " + p);
            assertTrue(p.get("p99_ms").asDouble() >= p.get("median_ms").asDouble(), phase + ": " + p);
            assertTrue(p.get("max_ms").asDouble() >= p.get("p99_ms").asDouble(), phase + ": " + p);
            assertEquals(1, p.get("warmup_seconds").asInt(), "a fixed warm-up (minimum = maximum): " + p);
            assertTrue(p.get("warmup_settled").asBoolean(), phase + ": " + p);
        }
        JsonNode paced = r.get("paced");
        assertEquals(80, paced.get("sent").asLong(), "20 visitors asking once a second for 1 + 3 s");
        assertEquals(60, paced.get("done").asLong(), "the 3 s after the warm-up are measured: " + paced);
        assertTrue(r.get("bot_to_echo").asDouble() > 0);
        double faq = r.at("/faq/per_second").asDouble();
        double commit = r.at("/commit/per_second").asDouble();
        assertEquals(1 / (1 / faq + 1 / commit), r.get("parts_per_second").asDouble(), 0.001 + 1e-6 * faq,
                "the FAQ's and the commit's ceilings combined: " + r);
        JsonNode bot = r.get("bot");
        assertTrue(bot.at("/faq_in_server/questions").asLong() > 0, "the bot asked the metered FAQ: " + bot);
        assertTrue(bot.at("/faq_in_server/cpu_ms_each").asDouble() > 0, bot.toString());
        assertTrue(bot.at("/cpu_seconds_by_thread/grizzly-http-server-#").asDouble() > 0, "the server's workers: " + bot);
        assertTrue(bot.at("/cpu_seconds_by_thread/HttpClient-#-Worker-#").asDouble() > 0, "the visitors' client: " + bot);
        assertTrue(bot.get("cpu_seconds_outside_java_threads").asDouble() > -0.05,
                "the threads' CPU is measured inside the process's window: " + bot);
        assertEquals(0, r.at("/faq/faq_in_server/questions").asLong(), "the FAQ alone does not go through the server's search");
        assertTrue(r.at("/heap/max_used_bytes").asLong() >= r.at("/heap/used_after_gc_bytes").asLong() / 2);
        assertTrue(c.stderrText().contains("rate limits lifted for this run"), c.stderrText());
    }

    @Test
    void badNumbersAreAUsageError() {
        Console c = new Console(dir);
        assertEquals(ExitCodes.USAGE, c.runReal("bench", "chat", "--visitors", "0"));
        assertTrue(c.stderrText().contains("--visitors"), c.stderrText());
    }
}
