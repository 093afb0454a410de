package org.switchboard.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints {@link BenchResult}s as a readable table or as one JSON object. */
public final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchReport() {
    }

    /** Where the figures were taken: Java version, cores and maximum heap. */
    public static String machine() {
        Runtime rt = Runtime.getRuntime();
        return "Java " + Runtime.version() + ", " + rt.availableProcessors() + " cores, max heap "
                + rt.maxMemory() / (1024 * 1024) + " MiB";
    }

    public static void table(List<BenchResult> results, PrintStream out) {
        out.println("switchboard bench faq (" + machine() + ")");
        out.println();
        out.printf(Locale.ROOT, "%-10s %8s %10s %11s %11s %11s %10s %10s %10s%n",
                "index", "entries", "phrasings", "build ms", "publish ms", "durable ms", "disk MiB", "heap MiB", "questions");
        for (BenchResult r : results) {
            out.printf(Locale.ROOT, "%-10s %8d %10d %11.1f %11.1f %11.1f %10.2f %10.1f %10d%n", r.corpus(), r.entries(),
                    r.phrasings(), r.buildMs(), r.publishMs(), r.durableMs(), mib(r.diskBytes()), mib(r.heapBytes()),
                    r.ask().count());
        }
        out.println();
        out.printf(Locale.ROOT, "%-16s %9s %9s %9s %9s %10s%n", "latency (ms)", "median", "p90", "p99", "max", "q/s");
        for (BenchResult r : results) {
            row(out, r.corpus() + " ask", r.ask());
            row(out, r.corpus() + " bm25", r.bm25());
            out.printf(Locale.ROOT, "%-16s %8.2fx %9s %8.2fx%n", r.corpus() + " ratio", r.medianRatio(), "",
                    r.p99Ratio());
        }
        out.println();
        out.println("ask = FaqIndex.ask(q); bm25 = FaqIndex.searchBm25(q, " + FaqBenchmark.BM25_DEPTH
                + "), the bare Lucene baseline; ratio = ask / bm25; heap = used after System.gc().");
        out.println("publish = FaqIndex.update with one answer edited, until served (quick model); durable = until its"
                + " full build is on disk (medians; --publishes).");
    }

    private static void row(PrintStream out, String label, LatencyStats s) {
        out.printf(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f %9.3f %10.0f%n", label, s.medianMs(), s.p90Ms(), s.p99Ms(),
                s.maxMs(), s.perSecond());
    }

    public static String json(List<BenchResult> results) {
        ObjectNode root = JSON.createObjectNode();
        root.put("machine", machine());
        var array = root.putArray("indexes");
        for (BenchResult r : results) {
            ObjectNode n = array.addObject()
                    .put("corpus", r.corpus()).put("entries", r.entries()).put("phrasings", r.phrasings())
                    .put("questions", r.ask().count()).put("build_ms", round(r.buildMs()))
                    .put("publish_ms", round(r.publishMs())).put("durable_ms", round(r.durableMs()))
                    .put("disk_bytes", r.diskBytes()).put("heap_used_bytes", r.heapBytes());
            n.set("ask", latency(r.ask()));
            n.set("bm25", latency(r.bm25()));
            n.putObject("ratio").put("median", round(r.medianRatio())).put("p99", round(r.p99Ratio()));
        }
        return root.toString();
    }

    private static ObjectNode latency(LatencyStats s) {
        return JSON.createObjectNode().put("median_ms", round(s.medianMs())).put("p90_ms", round(s.p90Ms()))
                .put("p99_ms", round(s.p99Ms())).put("max_ms", round(s.maxMs())).put("per_second", round(s.perSecond()));
    }

    private static double round(double x) {
        return Double.isFinite(x) ? Math.round(x * 1000) / 1000.0 : x;
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
