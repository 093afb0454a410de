package org.switchboard.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        out.printf(Locale.ROOT, "%-7s %6s %7s %8s %8s %8s %9s %8s %8s %6s %7s %5s %5s%n", "phase", "warm s",
                "seconds", "sent", "done", "per s", "median ms", "p99 ms", "max ms", "errors", "cpu ms", "cpu", "jit s");
        for (PhaseResult p : List.of(r.echo(), r.bot(), r.paced(), r.faq(), r.commit())) {
            out.printf(Locale.ROOT, "%-7s %6s %7.0f %8d %8d %8.0f %9.2f %8.2f %8.2f %6d %7.3f %4.0f%% %5.1f%n", p.name(),
                    p.warmupSeconds() + (p.warmupSettled() ? "" : "*"), p.seconds(), p.sent(), p.done(), p.perSecond(),
                    p.latency().medianMs(), p.latency().p99Ms(), p.latency().maxMs(), p.errors().total(),
                    p.cpuMsPerExchange(), p.cpuShare() * 100, p.jitSeconds());
        }
        out.println();
        out.println("CPU ms per exchange by thread (groups with at least " + Math.round(SHOWN_SHARE * 100)
                + "% of the phase's CPU; # = any number):");
        for (PhaseResult p : List.of(r.echo(), r.bot(), r.paced())) {
            out.printf(Locale.ROOT, "%-7s %s%n", p.name(), byThread(p));
        }
        out.printf(Locale.ROOT, "FaqIndex.ask inside the server: %s ms CPU per question in the bot phase (%s per turn),"
                + " %s in the paced run; alone (faq) %.3f%n", ms(r.bot().usage().faqAsked().cpuMsEach()),
                perTurn(r.bot()), ms(r.paced().usage().faqAsked().cpuMsEach()), r.faq().cpuMsPerExchange());
        out.println();
        out.printf(Locale.ROOT, "bot / echo: %.3f (bot turns a second over echoes a second, both closed loop)%n",
                r.botToEcho());
        out.printf(Locale.ROOT, "parts alone / echo: faq %.3f, commit %.3f; the two on the same cores at most %.0f turns/s,"
                + " %.3f of echo%n", r.faq().perSecond() / r.echo().perSecond(), r.commit().perSecond() / r.echo().perSecond(),
                r.partsPerSecond(), r.partsToEcho());
        out.printf(Locale.ROOT, "a turn's least CPU (echo + faq + commit, each alone): %s + %s + %s = %s ms, so bot / echo"
                + " at most %s (0.5 needs at most %s ms a turn)%n", ms(r.echo().cpuMsPerExchange()),
                ms(r.faq().cpuMsPerExchange()), ms(r.commit().cpuMsPerExchange()), ms(r.turnFloorCpuMs()),
                ms(r.floorToEcho()), ms(2 * r.echo().cpuMsPerExchange()));
        ErrorCounts e = r.paced().errors();
        out.printf(Locale.ROOT, "paced errors: %d error frames, %d unexpected closes, %d unanswered (none or > 5 s), "
                + "%d acks missing%n", e.errorFrames(), e.unexpectedCloses(), e.unanswered(), e.acksMissing());
        out.printf(Locale.ROOT, "paced turns the bot kept silent (visitor waiting for a person): %d of %d%n",
                r.paced().silent(), r.paced().done());
        out.printf(Locale.ROOT, "heap: %.0f MiB at most during the paced run, %.0f MiB after GC at the end "
                + "(server and client in one JVM)%n", mib(r.heapMaxBytes()), mib(r.heapAfterGcBytes()));
        out.println();
        out.println("echo = a bare Tyrus endpoint sending each frame back; bot = chat turns, question to typing off;");
        out.println("both closed loop. faq = FaqIndex.ask alone, one thread per core; commit = the store committing the");
        out.println("visitors' stored turns alone, then durable; both closed loop in this process, no WebSocket, JSON or bot.");
        out.println("paced = one question a second per visitor, open loop, timed from when it was due.");
        out.println("warm s = seconds of the same load before the window: for echo, bot, faq and commit at least "
                + s.warmupSeconds() + ", then until");
        out.println("the JIT compiler was quiet for " + Warmup.QUIET_SECONDS + " s (* = still busy after " + s.maxWarmupSeconds()
                + " s: figures may be low). sent and errors include the warm-up.");
        out.println("cpu ms = this process's CPU time per echo, turn or question; cpu = share of all cores it kept busy;");
        out.println("jit s = of that CPU time, the JIT compiler's during the window.");
        out.println("by thread: HttpClient-* are the visitors (the JDK's WebSocket client); grizzly-*, tyrus-*, chat-* the");
        out.println("server's transport and chat; H2-*, MVStore*, h2-group-checkpoint, pg-group-flush the store's own");
        out.println("threads. JVM = the process's CPU beyond its Java threads (GC, JIT compiler). The FAQ is asked on the");
        out.println("server's threads (in grizzly-http-server-* above).");
    }

    /** Thread groups below this share of a phase's CPU are summed as "other threads". */
    static final double SHOWN_SHARE = 0.02;

    /** One phase's CPU per exchange by thread group, the busiest first, then the rest and the JVM's own. */
    static String byThread(PhaseResult p) {
        Usage u = p.usage();
        if (u.threadSeconds().isEmpty()) {
            return "not measured (this JVM does not measure thread CPU time)";
        }
        StringBuilder line = new StringBuilder();
        double other = 0;
        for (Map.Entry<String, Double> e : u.threadSeconds().entrySet()) {
            if (e.getValue() >= SHOWN_SHARE * u.cpuSeconds()) {
                line.append(e.getKey()).append(' ').append(ms(e.getValue() * 1000 / p.done())).append(", ");
            } else {
                other += e.getValue();
            }
        }
        return line.append("other threads ").append(ms(other * 1000 / p.done()))
                .append(", JVM (GC, JIT, VM) ").append(ms(u.outsideJavaThreads() * 1000 / p.done())).toString();
    }

    private static String perTurn(PhaseResult p) {
        return p.done() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) p.usage().faqAsked().questions() / p.done());
    }

    private static String ms(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "-";
    }

    public static String json(ChatBenchResult r, String store) {
        ChatBenchmark.Settings s = r.settings();
        ObjectNode root = JSON.createObjectNode();
        root.put("machine", BenchReport.machine()).put("store", store).put("visitors", s.visitors())
                .put("questions", r.questions()).put("seed", s.seed()).put("warmup_seconds", s.warmupSeconds())
                .put("max_warmup_seconds", s.maxWarmupSeconds())
                .put("rate_limits_lifted", true);
        root.set("echo", phase(r.echo()));
        root.set("bot", phase(r.bot()));
        root.set("faq", phase(r.faq()));
        root.set("commit", phase(r.commit()));
        root.set("paced", phase(r.paced()));
        number(root, "bot_to_echo", r.botToEcho());
        number(root, "parts_per_second", r.partsPerSecond());
        number(root, "parts_to_echo", r.partsToEcho());
        number(root, "turn_floor_cpu_ms", r.turnFloorCpuMs());
        number(root, "floor_to_echo", r.floorToEcho());
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
        number(n, "jit_seconds", p.jitSeconds());
        n.put("warmup_seconds", p.warmupSeconds()).put("warmup_settled", p.warmupSettled());
        ObjectNode threads = n.putObject("cpu_seconds_by_thread");
        p.usage().threadSeconds().forEach((group, seconds) -> number(threads, group, seconds));
        number(n, "cpu_seconds_outside_java_threads", p.usage().outsideJavaThreads());
        MeteredSearch.Asked asked = p.usage().faqAsked();
        ObjectNode faq = n.putObject("faq_in_server").put("questions", asked.questions());
        number(faq, "cpu_seconds", asked.cpuSeconds());
        number(faq, "cpu_ms_each", asked.cpuMsEach());
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
