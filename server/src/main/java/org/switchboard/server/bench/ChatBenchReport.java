package org.switchboard.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints a {@link ChatBenchResult} as a readable table or as one JSON object. */
public final class ChatBenchReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatBenchReport() {
    }

    /**
     * @param store which database the conversations went to, e.g. "embedded H2 file (temporary)"
     */
    public static void table(ChatBenchResult r, String store, PrintStream out) {
        ChatBenchmark.Settings s = r.settings();
        out.println("switchboard bench chat (" + BenchReport.machine() + ")");
        out.println("store: " + store);
        out.println(s.visitors() + " visitors, " + r.questions() + " questions, seed " + s.seed()
                + "; rate limits lifted for this run (every visitor comes from 127.0.0.1)");
        out.println();
        out.printf(Locale.ROOT, "%-7s %7s %8s %8s %8s %9s %8s %8s %6s %7s %5s%n",
                "phase", "seconds", "sent", "done", "per s", "median ms", "p99 ms", "max ms", "errors", "cpu ms", "cpu");
        for (PhaseResult p : List.of(r.echo(), r.bot(), r.paced())) {
            out.printf(Locale.ROOT, "%-7s %7.0f %8d %8d %8.0f %9.2f %8.2f %8.2f %6d %7.3f %4.0f%%%n", p.name(), p.seconds(),
                    p.sent(), p.done(), p.perSecond(), p.latency().medianMs(), p.latency().p99Ms(), p.latency().maxMs(),
                    p.errors().total(), p.cpuMsPerExchange(), p.cpuShare() * 100);
        }
        out.println();
        out.printf(Locale.ROOT, "bot / echo: %.3f (bot turns a second over echoes a second, both closed loop)%n",
                r.botToEcho());
        ErrorCounts e = r.paced().errors();
        out.printf(Locale.ROOT, "paced errors: %d error frames, %d unexpected closes, %d unanswered (none or > 5 s), "
                + "%d acks missing%n", e.errorFrames(), e.unexpectedCloses(), e.unanswered(), e.acksMissing());
        out.printf(Locale.ROOT, "paced turns the bot kept silent (visitor waiting for a person): %d of %d%n",
                r.paced().silent(), r.paced().done());
        out.printf(Locale.ROOT, "heap: %.0f MiB at most during the paced run, %.0f MiB after GC at the end "
                + "(server and client in one JVM)%n", mib(r.heapMaxBytes()), mib(r.heapAfterGcBytes()));
        out.println();
        out.println("echo = a bare Tyrus endpoint sending each frame back; bot = chat turns, question to typing off;");
        out.println("both closed loop. paced = one question a second per visitor, open loop, timed from when it was due.");
        out.println("Each phase measured after " + s.warmupSeconds() + " s of the same load; sent and errors include"
                + " the warm-up.");
        out.println("cpu ms = this process's CPU time per echo or turn; cpu = share of all cores it kept busy.");
    }

    public static String json(ChatBenchResult r, String store) {
        ChatBenchmark.Settings s = r.settings();
        ObjectNode root = JSON.createObjectNode();
        root.put("machine", BenchReport.machine()).put("store", store).put("visitors", s.visitors())
                .put("questions", r.questions()).put("seed", s.seed()).put("warmup_seconds", s.warmupSeconds())
                .put("rate_limits_lifted", true);
        root.set("echo", phase(r.echo()));
        root.set("bot", phase(r.bot()));
        root.set("paced", phase(r.paced()));
        number(root, "bot_to_echo", r.botToEcho());
        root.putObject("heap").put("max_used_bytes", r.heapMaxBytes()).put("used_after_gc_bytes", r.heapAfterGcBytes());
        return root.toString();
    }

    private static ObjectNode phase(PhaseResult p) {
        ObjectNode n = JSON.createObjectNode().put("seconds", p.seconds()).put("sent", p.sent()).put("done", p.done())
                .put("silent", p.silent());
        number(n, "per_second", p.perSecond());
        number(n, "median_ms", p.latency().medianMs());
        number(n, "p90_ms", p.latency().p90Ms());
        number(n, "p99_ms", p.latency().p99Ms());
        number(n, "max_ms", p.latency().maxMs());
        number(n, "cpu_seconds", p.cpuSeconds());
        number(n, "cpu_ms_per_exchange", p.cpuMsPerExchange());
        ErrorCounts e = p.errors();
        n.putObject("errors").put("total", e.total()).put("error_frames", e.errorFrames())
                .put("unexpected_closes", e.unexpectedCloses()).put("unanswered", e.unanswered())
                .put("acks_missing", e.acksMissing());
        return n;
    }

    /** JSON has no NaN: a figure that could not be measured is null. */
    private static void number(ObjectNode n, String key, double value) {
        if (Double.isFinite(value)) {
            n.put(key, round(value));
        } else {
            n.putNull(key);
        }
    }

    private static double round(double x) {
        return Double.isFinite(x) ? Math.round(x * 1000) / 1000.0 : x;
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
