package org.switchboard.listener.watch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Posts a second one thread matches, with the demo watchlist (11 terms) and with it grown to 200
 * terms. Not a unit test: run it by hand from the repository's root, as docs/watchlist.md shows
 * ({@code java -cp <listener test classpath> org.switchboard.listener.watch.WatchlistMatcherBench
 * [seconds per run]}).
 *
 * <p>It prints posts a second by the clock and per CPU second of the matching thread; on a
 * machine shared with other work the second is the fairer figure (the clock also counts the time
 * other processes had the core).
 *
 * <p>The posts are tweet-sized (about 12 to 30 words, 80 to 200 chars) in English, Vietnamese,
 * Greek, Tagalog and Arabic; about half name a watched term, as posts found by searching for the
 * brand would.
 */
public final class WatchlistMatcherBench {
    private static final String[] WORDS = {
        "the", "my", "internet", "is", "down", "again", "and", "support", "said", "they", "would", "call", "back",
        "router", "bill", "refund", "still", "waiting", "for", "a", "week", "great", "service", "thanks", "love",
        "new", "phone", "plan", "data", "roaming", "works", "fine", "not", "happy", "why", "so", "slow", "today",
        "mạng", "chậm", "quá", "hỗ", "trợ", "khách", "hàng", "tốt", "cảm", "ơn", "hoàn", "tiền",
        "το", "ίντερνετ", "δεν", "λειτουργεί", "ευχαριστώ", "πολύ", "καλή", "εξυπηρέτηση", "λογαριασμός",
        "ang", "bagal", "ng", "internet", "salamat", "po", "sa", "tulong", "load",
        "الإنترنت", "بطيء", "جدا", "شكرا", "خدمة", "العملاء", "ممتازة",
        "pineapple", "apple", "pie", "meme", "https://t.co/x1", "🙂", "!!", "?"
    };
    private static final String[] MENTIONS = {
        "Acme", "@acme", "#acme", "Acme's", "Acme Fibre", "Acme Mobile", "#acmefail", "Maria from Acme",
        "Nikos Papadopoulos", "Linh Nguyen", "flex plan", "Άκμε", "Cáp quang Acme", "أكمي", "acme anvil meme", "@acmesupport"
    };

    private WatchlistMatcherBench() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        Path demo = Path.of("config/listener/watchlist.yaml");
        if (!Files.exists(demo)) {
            demo = Path.of("../config/listener/watchlist.yaml");
        }
        String demoYaml = Files.readString(demo);
        Watchlist small = Watchlist.parse(demoYaml, demo.toString());
        Watchlist large = Watchlist.parse(demoYaml + grown(200 - small.terms().size()), "demo + generated");
        List<String> posts = posts(new Random(42), 20_000);
        System.out.printf(Locale.ROOT, "%d posts, %.0f chars on average; %s; %d s per run, one thread%n",
                posts.size(), posts.stream().mapToInt(String::length).average().orElse(0),
                System.getProperty("java.vm.name") + " " + Runtime.version(), (long) seconds);
        for (Watchlist watchlist : List.of(small, large)) {
            try (WatchlistMatcher matcher = WatchlistMatcher.of(watchlist)) {
                run(matcher, posts, Math.max(1, seconds / 2)); // warm up
                long[] result = run(matcher, posts, seconds);
                System.out.printf(Locale.ROOT, "%3d terms: %,9.0f posts/s by the clock, %,9.0f posts per CPU second"
                                + "  (%,d matches in %,d posts)%n",
                        watchlist.terms().size(), result[0] / (result[1] / 1e9), result[0] / (result[3] / 1e9), result[2], result[0]);
            }
        }
    }

    /** Posts matched, nanoseconds taken, matches found, CPU nanoseconds of this thread. */
    private static long[] run(WatchlistMatcher matcher, List<String> posts, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long until = start + (long) (seconds * 1e9);
        long count = 0;
        long found = 0;
        while (System.nanoTime() < until) {
            for (int i = 0; i < 1000; i++) {
                found += matcher.match(posts.get((int) (count % posts.size()))).size();
                count++;
            }
        }
        return new long[] {count, System.nanoTime() - start, found, threads.getCurrentThreadCpuTime() - cpu};
    }

    static List<String> posts(Random random, int count) {
        List<String> posts = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            StringBuilder post = new StringBuilder();
            int words = 12 + random.nextInt(19);
            int mention = random.nextBoolean() ? random.nextInt(words) : -1;
            for (int w = 0; w < words; w++) {
                if (post.length() > 0) {
                    post.append(' ');
                }
                post.append(w == mention ? MENTIONS[random.nextInt(MENTIONS.length)] : WORDS[random.nextInt(WORDS.length)]);
            }
            posts.add(post.toString());
        }
        return posts;
    }

    /** YAML for {@code count} more terms of every kind, a tenth of them Boolean queries. */
    static String grown(int count) {
        Random random = new Random(7);
        StringBuilder yaml = new StringBuilder("\n");
        String[] kinds = {"brand", "product", "staff", "company"};
        for (int i = 0; i < count; i++) {
            String name = word(random) + " " + word(random) + " " + i;
            String kind = kinds[i % kinds.length];
            yaml.append("  - name: \"").append(name).append("\"\n    kind: ").append(kind).append('\n');
            if (i % 10 == 9) {
                yaml.append("    query: '(").append(word(random)).append(" OR \"").append(word(random)).append(' ').append(word(random))
                        .append("\") NEAR/3 (refund* OR outage OR ").append(word(random)).append(")'\n");
                continue;
            }
            yaml.append("    aliases: [\"").append(word(random)).append(' ').append(word(random)).append("\"]\n");
            if (kind.equals("brand")) {
                String handle = word(random) + i;
                yaml.append("    handles: [\"@").append(handle).append("\"]\n    hashtags: [\"#").append(handle).append("\"]\n");
                yaml.append("    exclude: [\"").append(name).append(" meme\"]\n");
            }
            if (i % 7 == 0) {
                yaml.append("    context: [plan, internet, phone]\n");
            }
        }
        return yaml.toString();
    }

    private static String word(Random random) {
        String[] syllables = {"ka", "zor", "vex", "li", "tron", "mo", "qua", "nel", "ri", "sta", "pho", "dyn"};
        StringBuilder word = new StringBuilder();
        int parts = 2 + random.nextInt(2);
        for (int i = 0; i < parts; i++) {
            word.append(syllables[random.nextInt(syllables.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
