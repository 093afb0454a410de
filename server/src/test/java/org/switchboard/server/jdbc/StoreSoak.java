package org.switchboard.server.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.LogManager;

/**
 * Sustained load on the embedded database, for the figures in docs/storage.md; not run by the
 * build. Each "message" appends a visitor message and then a bot reply to one of 200
 * conversations, from 64 threads, at a fixed rate; every 10 s it prints the file size and the
 * latency of message + reply.
 *
 * <pre>
 * mvn -q -DskipTests package        # the shaded jar, and the test classes (compiled, not run)
 * java -cp server/target/test-classes:server/target/switchboard.jar \
 *     org.switchboard.server.jdbc.StoreSoak /tmp/soak 100 120      # directory, messages/s, seconds
 * # a fourth argument replaces Switchboard's AUTO_COMPACT_FILL_RATE (50), e.g. "90" or "50;MAX_COMPACT_TIME=2000"
 * </pre>
 */
public final class StoreSoak {
    private StoreSoak() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        DatabaseConfig config = DatabaseConfig.embedded();
        if (args.length > 3) { // H2's AUTO_COMPACT_FILL_RATE instead of Switchboard's, to compare
            config = config.withUrl(config.jdbcUrl(dir).replace(";AUTO_COMPACT_FILL_RATE=50", ";AUTO_COMPACT_FILL_RATE=" + args[3]));
        }
        LogManager.getLogManager().reset();
        long closing;
        try (Database db = Database.open(config, dir)) {
            ConversationRepository conversations = db.conversations();
            long[] ids = new long[200];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = conversations.create("en", ZoneOffset.UTC).conversation().id();
            }
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            ExecutorService writers = Executors.newFixedThreadPool(64);
            ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
            AtomicLong issued = new AtomicLong();
            long start = System.nanoTime();
            ticker.scheduleAtFixedRate(() -> {
                long due = (System.nanoTime() - start) * rate / 1_000_000_000L;
                while (issued.get() < due) {
                    issued.incrementAndGet();
                    long queued = System.nanoTime();
                    writers.submit(() -> {
                        messageAndReply(conversations, ids[ThreadLocalRandom.current().nextInt(ids.length)]);
                        micros.add((System.nanoTime() - queued) / 1_000);
                    });
                }
            }, 0, 10, TimeUnit.MILLISECONDS);
            for (int s = 10; s <= seconds; s += 10) {
                Thread.sleep(10_000);
                report(s, issued.get(), dir, drain(micros));
            }
            ticker.shutdownNow();
            writers.shutdown();
            writers.awaitTermination(1, TimeUnit.MINUTES);
            closing = System.nanoTime();
        }
        System.out.printf("after close (%.0f ms): file %.1f MB%n", (System.nanoTime() - closing) / 1e6,
                Files.size(dir.resolve("switchboard.mv.db")) / 1e6);
    }

    private static void messageAndReply(ConversationRepository conversations, long id) {
        conversations.appendVisitorMessage(id, UUID.randomUUID().toString(),
                new NewEvent("MessageReceived", Author.VISITOR, "{\"text\":\"how do I reset my password please\"}"));
        conversations.append(id, List.of(new NewEvent("BotReplied", Author.BOT,
                "{\"text\":\"" + "x".repeat(300) + "\"}")));
    }

    private static List<Long> drain(ConcurrentLinkedQueue<Long> queue) {
        List<Long> values = new ArrayList<>();
        for (Long v = queue.poll(); v != null; v = queue.poll()) {
            values.add(v);
        }
        Collections.sort(values);
        return values;
    }

    private static void report(int second, long messages, Path dir, List<Long> micros) throws Exception {
        double p50 = micros.isEmpty() ? 0 : micros.get(micros.size() / 2) / 1000.0;
        double p99 = micros.isEmpty() ? 0 : micros.get((int) (micros.size() * 0.99)) / 1000.0;
        System.out.printf("t=%4ds messages=%d file=%.1f MB message+reply p50=%.1f ms p99=%.1f ms%n", second, messages,
                Files.size(dir.resolve("switchboard.mv.db")) / 1e6, p50, p99);
    }
}
