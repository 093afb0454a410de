package org.switchboard.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.switchboard.listener.MentionFinder;
import org.switchboard.listener.Post;
import org.switchboard.listener.watch.WatchlistMatcher;

/**
 * Posts a second through the listener's understanding, single process: the watchlist alone
 * (the pure matching rate) and match + language + classify + priority for every post, on one
 * thread and on as many threads as cores, over the same posts in the same run.
 */
public final class ListenerBenchmark {
    /** One measured phase. */
    public record Phase(String name, int threads, int posts, double seconds) {
        public double postsPerSecond() {
            return posts / seconds;
        }

        public double microsPerPost() {
            return seconds * 1e6 / posts * threads;
        }
    }

    /** What the run found: the phases and how many posts the watchlist matched. */
    public record Result(List<Phase> phases, int posts, int matched, long heapBytes) {
    }

    private ListenerBenchmark() {
    }

    /**
     * @param parts one thread's view of each part alone (language, classifiers), timed on one
     *              thread after the whole, so the note can say where a post's time goes
     */
    public static Result run(List<Post> posts, WatchlistMatcher matcher, MentionFinder finder, Map<String, Consumer<Post>> parts,
                             int threads, int warmup, Consumer<String> progress) throws Exception {
        int matched = 0;
        for (Post p : posts) {
            if (!matcher.match(p.text()).isEmpty()) {
                matched++;
            }
        }
        progress.accept("warming up on " + warmup + " posts");
        for (int i = 0; i < warmup; i++) {
            finder.understand(posts.get(i % posts.size()));
        }
        List<Phase> phases = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
                progress.accept("matching only, " + t + " thread(s)");
                phases.add(time("match", t, posts, pool, p -> matcher.match(p.text())));
                progress.accept("match + language + classify + priority, " + t + " thread(s)");
                phases.add(time("understand", t, posts, pool, finder::understand));
            }
            for (Map.Entry<String, Consumer<Post>> part : parts.entrySet()) {
                progress.accept(part.getKey() + " alone, 1 thread");
                phases.add(time(part.getKey(), 1, posts, pool, part.getValue()));
            }
        } finally {
            pool.shutdownNow();
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return new Result(phases, posts.size(), matched, rt.totalMemory() - rt.freeMemory());
    }

    private static Phase time(String name, int threads, List<Post> posts, ExecutorService pool, Consumer<Post> work)
            throws Exception {
        List<Callable<Void>> jobs = new ArrayList<>();
        int n = posts.size();
        for (int t = 0; t < threads; t++) {
            int from = n * t / threads;
            int to = n * (t + 1) / threads;
            jobs.add(() -> {
                for (int i = from; i < to; i++) {
                    work.accept(posts.get(i));
                }
                return null;
            });
        }
        long start = System.nanoTime();
        for (Future<Void> f : pool.invokeAll(jobs)) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Phase(name, threads, n, seconds);
    }
}
