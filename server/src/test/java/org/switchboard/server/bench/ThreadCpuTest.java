package org.switchboard.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void aPoolIsOneGroupAndAFilePathIsCutOff() {
        assertEquals("HttpClient-#-Worker-#", ThreadCpu.group("HttpClient-1-Worker-57"));
        assertEquals("grizzly-nio-kernel(#) SelectorRunner", ThreadCpu.group("grizzly-nio-kernel(1) SelectorRunner"));
        assertEquals("H2-serialization", ThreadCpu.group("H2-serialization"), "a number inside a word stays");
        assertEquals("MVStore background writer",
                ThreadCpu.group("MVStore background writer /tmp/switchboard-bench-chat-123/data/switchboard.mv.db"));
    }

    @Test
    void theCpuOfEachGroupSinceASnapshotBusiestFirst() throws Exception {
        CountDownLatch measured = new CountDownLatch(1);
        ThreadCpu before = ThreadCpu.now();
        List<Thread> threads = List.of(spinner("spin-busy-1", 300, measured), spinner("spin-busy-2", 300, measured),
                spinner("spin-idle", 0, measured));
        threads.forEach(Thread::start);
        long wall = System.nanoTime();
        while (threads.stream().map(Thread::getState).anyMatch(s -> s != Thread.State.WAITING)) {
            Thread.sleep(5);
        }
        Map<String, Double> used = ThreadCpu.now().since(before);
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        measured.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double busy = used.getOrDefault("spin-busy-#", 0.0);
        assertTrue(busy >= 0.5, "two threads spinning 300 ms of CPU each, counted as one group: " + used);
        assertTrue(busy <= 2 * wallSeconds + 0.05, "no more than two threads can use in that time: " + busy + " s in " + wallSeconds);
        assertTrue(used.getOrDefault("spin-idle", 0.0) < 0.1, used.toString());
        List<Double> order = List.copyOf(used.values());
        for (int i = 1; i < order.size(); i++) {
            assertTrue(order.get(i - 1) >= order.get(i), "busiest first: " + used);
        }
    }

    /** A thread that uses {@code cpuMillis} of its own CPU time, then waits until the test has measured. */
    private static Thread spinner(String name, long cpuMillis, CountDownLatch measured) {
        return new Thread(() -> {
            CpuSpin.use(cpuMillis);
            try {
                measured.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
    }
}
