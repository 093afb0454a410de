package org.switchboard.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Many WebSocket visitors against a running server: the echo endpoint in a closed loop (the
 * transport's ceiling), the chat endpoint in a closed loop (the bot's ceiling), the chat endpoint
 * paced at one question a second per visitor, open loop ({@link PacedRun}), then the two costliest
 * parts of a turn each alone in this process ({@link TurnParts}: the FAQ, the store's commit). Each phase
 * is measured after a warm-up under the same load; a ceiling's warm-up lasts until the JIT
 * compiler is quiet ({@link Warmup}).
 *
 * <pre>{@code
 * ChatBenchResult r = new ChatBenchmark(settings, questions, System.err::println).run(chatUri, echoUri, parts);
 * }</pre>
 *
 * <p>The visitors share one JDK {@link HttpClient}, in this process: the figures include the
 * client's work. Not thread-safe; run one at a time.
 */
public final class ChatBenchmark {
    static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final int CONNECTING_AT_ONCE = 64;

    /**
     * @param visitors       concurrent WebSocket visitors (connections)
     * @param pacedSeconds   measured length of the paced run
     * @param ceilingSeconds measuring window of each closed-loop phase
     * @param warmupSeconds  load before each phase's window: closed loop for the ceilings (at
     *                       least this, then until the JIT compiler is quiet), paced for the paced run
     * @param maxWarmupSeconds the longest a ceiling's warm-up waits for the JIT compiler
     * @param seed           the order of the questions and each visitor's starting point
     */
    public record Settings(int visitors, int pacedSeconds, int ceilingSeconds, int warmupSeconds, int maxWarmupSeconds,
                           long seed) {
        public Settings {
            if (visitors < 1 || pacedSeconds < 1 || ceilingSeconds < 1 || warmupSeconds < 0
                    || maxWarmupSeconds < warmupSeconds) {
                throw new IllegalArgumentException("visitors, seconds and ceiling seconds must be >= 1, warm-up >= 0"
                        + " and no longer than the longest warm-up");
            }
        }
    }

    private final Settings settings;
    private final BenchQuestions questions;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * @param questions what visitors ask, cycling (e.g. the demo check questions)
     * @param progress  receives a line per step (the command prints them on stderr)
     */
    public ChatBenchmark(Settings settings, List<String> questions, Consumer<String> progress) {
        this.settings = settings;
        this.questions = new BenchQuestions(questions, settings.visitors(), settings.seed());
        this.progress = progress;
    }

    /**
     * Runs the phases against the chat and echo endpoints at these {@code ws://} URIs, then the
     * parts of a turn alone in this process (the store replaying the turns the visitors stored).
     */
    public ChatBenchResult run(URI chat, URI echo, TurnParts parts) throws IOException, InterruptedException {
        PhaseResult echoResult = echoCeiling(echo);
        Phase greeting = Phase.paced("hello");
        List<ChatVisitor> visitors = open(chat, n -> new ChatVisitor(n, greeting, questions));
        try {
            progress.accept("bot: saying hello on " + visitors.size() + " connections");
            await(visitors.stream().map(ChatVisitor::hello).toList(), "welcome and greeting");
            PhaseResult botResult = closedLoop(Phase.closedLoop("bot"), visitors, v -> v.ask(System.nanoTime()));
            PacedRun paced = new PacedRun(settings, visitors, progress);
            PhaseResult pacedResult = paced.run();
            progress.accept("paced: heap after GC, connections still open");
            long heapAfterGc = FaqBenchmark.heapUsedAfterGc();
            PhaseResult faqResult = parts.faq(settings, questions.texts(), progress);
            List<TurnParts.Turn> stored = parts.storedTurns(visitors.stream().map(ChatVisitor::token).toList());
            PhaseResult commitResult = parts.commit(settings, stored, visitors.size(), progress);
            return new ChatBenchResult(settings, questions.size(), echoResult, botResult, faqResult, commitResult,
                    pacedResult, paced.heapMax(), heapAfterGc);
        } finally {
            closeAll(visitors);
        }
    }

    private PhaseResult echoCeiling(URI echo) throws IOException, InterruptedException {
        String frame = questions.frame(0, 0, "echo");
        Phase phase = Phase.closedLoop("echo");
        List<EchoVisitor> visitors = open(echo, n -> new EchoVisitor(n, phase, frame));
        try {
            return closedLoop(phase, visitors, EchoVisitor::next);
        } finally {
            closeAll(visitors);
        }
    }

    /**
     * Every visitor sends once; each answer brings the next. Warm-up ({@link Warmup}: until the JIT
     * compiler is quiet), measuring window, then drain.
     */
    private <V extends BenchVisitor> PhaseResult closedLoop(Phase phase, List<V> visitors, Consumer<V> first)
            throws InterruptedException {
        visitors.forEach(v -> v.phase = phase);
        progress.accept(phase.name + ": closed loop on " + visitors.size() + " connections, warm-up "
                + settings.warmupSeconds() + " s or more until the JIT compiler is quiet (at most "
                + settings.maxWarmupSeconds() + " s), " + settings.ceilingSeconds() + " s measured");
        long start = System.nanoTime();
        visitors.forEach(first);
        Phase.Window window = phase.warmUpThenMeasure(settings, start);
        Usage used = window.meter().stop();
        phase.stopSending();
        drain(phase, visitors);
        Warmup.Result warm = window.warmup();
        PhaseResult r = phase.result(settings.ceilingSeconds(), used, warm);
        progress.accept(String.format(Locale.ROOT, "%s: %.0f/s, p99 %.2f ms, %d errors, after %d s of warm-up%s",
                phase.name, r.perSecond(), r.latency().p99Ms(), r.errors().total(), warm.seconds(), unsettled(warm)));
        return r;
    }

    /** A note when the warm-up ran out before the JIT compiler went quiet. */
    static String unsettled(Warmup.Result warm) {
        return warm.settled() ? "" : " (the JIT compiler was still busy: the figures may be low)";
    }

    /** Waits up to the reply deadline for answers still due; those that do not come are unanswered. */
    static void drain(Phase phase, List<? extends BenchVisitor> visitors) throws InterruptedException {
        long deadline = System.nanoTime() + Phase.REPLY_DEADLINE_NANOS;
        while (System.nanoTime() < deadline && !visitors.stream().allMatch(BenchVisitor::idle)) {
            Thread.sleep(10);
        }
        phase.unanswered(visitors.stream().mapToLong(BenchVisitor::abandon).sum());
    }

    /** Opens one connection per visitor, a few at a time. */
    private <V extends BenchVisitor> List<V> open(URI uri, IntFunction<V> create) throws IOException, InterruptedException {
        progress.accept("opening " + settings.visitors() + " WebSocket connections to " + uri);
        Semaphore permits = new Semaphore(CONNECTING_AT_ONCE);
        List<V> visitors = new ArrayList<>(settings.visitors());
        List<CompletableFuture<?>> opened = new ArrayList<>(settings.visitors());
        for (int i = 0; i < settings.visitors(); i++) {
            permits.acquire();
            V v = create.apply(i);
            visitors.add(v);
            opened.add(v.connect(http, uri).whenComplete((ws, failure) -> permits.release()));
        }
        try {
            await(opened, "connections to " + uri);
        } catch (IOException e) {
            closeAll(visitors);
            throw e;
        }
        return visitors;
    }

    private static void await(List<? extends CompletableFuture<?>> futures, String what)
            throws IOException, InterruptedException {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException(what + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            long done = futures.stream().filter(f -> f.isDone() && !f.isCompletedExceptionally()).count();
            throw new IOException(what + ": only " + done + " of " + futures.size() + " within 60 s", e);
        }
    }

    private static void closeAll(List<? extends BenchVisitor> visitors) {
        try {
            CompletableFuture.allOf(visitors.stream().map(BenchVisitor::close).toArray(CompletableFuture[]::new))
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // closing is best effort; the server drops what remains when the process ends
        }
    }

    static void sleepUntil(long nanos) throws InterruptedException {
        for (long left = nanos - System.nanoTime(); left > 0; left = nanos - System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
