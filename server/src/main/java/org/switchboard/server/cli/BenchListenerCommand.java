package org.switchboard.server.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.switchboard.faq.Language;
import org.switchboard.faq.language.LanguageDetector;
import org.switchboard.listener.Post;
import org.switchboard.server.ServerConfig;
import org.switchboard.server.bench.BenchReport;
import org.switchboard.server.bench.ListenerBenchmark;
import org.switchboard.server.bench.SyntheticPosts;
import org.switchboard.server.listener.ListenerParts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code switchboard bench listener}: posts a second through match + classify + priority, and
 * the pure matching rate beside it, in one process (docs/listener.md).
 */
@Command(name = "listener",
        description = {"Posts/s through the watchlist, language, classifiers and priority, and the watchlist alone,",
                "on synthetic tweet-sized posts in five languages. Uses the configured watchlist and the",
                "classifiers in force; the FAQ (suggested replies) is not part of it. Progress goes to stderr."})
final class BenchListenerCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Option(names = "--posts", paramLabel = "N", defaultValue = "200000", description = "Posts to run (default: ${DEFAULT-VALUE}).")
    int posts;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: the cores).")
    Integer threads;

    @Option(names = "--mention-share", paramLabel = "F", defaultValue = "0.35",
            description = "Share of posts that name a watched term (default: ${DEFAULT-VALUE}).")
    double mentionShare;

    @Option(names = "--watchlist", paramLabel = "FILE", description = "Another watchlist (default: config/listener/watchlist.yaml).")
    Path watchlist;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the posts (default: ${DEFAULT-VALUE}).")
    long seed;

    BenchListenerCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        if (posts < 1000) {
            throw new CliException(ExitCodes.USAGE, "--posts must be at least 1000");
        }
        if (watchlist != null) {
            InputFiles.requireReadable(List.of(watchlist));
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ListenerParts parts;
        try {
            parts = ListenerParts.load(ServerConfig.directory(cli.env()), watchlist, cli.dataDir(), null,
                    cli.config().faq().defaultLanguage(), Clock.systemUTC());
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.CONFIG, e.getMessage());
        }
        try (parts) {
            if (parts.matcher().isEmpty()) {
                throw new CliException(ExitCodes.CONFIG, "no watchlist: " + ListenerParts.watchlistFile(ServerConfig.directory(cli.env()))
                        + " does not exist; give one with --watchlist FILE");
            }
            List<Post> list = SyntheticPosts.generate(posts, mentionShare, seed);
            Language fallback = cli.config().faq().defaultLanguage();
            LanguageDetector detector = LanguageDetector.load();
            Map<String, Consumer<Post>> alone = new LinkedHashMap<>();
            alone.put("language detection", p -> detector.detect(p.text(), fallback));
            alone.put("classifiers (4 labels)", p -> parts.classifier().classify(p.text(), Language.ENGLISH));
            ListenerBenchmark.Result r = ListenerBenchmark.run(list, parts.matcher().get(), parts.finder(), alone, t,
                    Math.min(posts, 20_000), m -> cli.err().println("bench listener: " + m));
            cli.out().println("switchboard bench listener (" + BenchReport.machine() + ")");
            cli.out().printf(Locale.ROOT, "%,d posts (%,d name a watched term), watchlist of %d terms%n%n", r.posts(), r.matched(),
                    parts.watchlist().get().terms().size());
            cli.out().printf(Locale.ROOT, "%-44s %8s %12s %12s%n", "phase", "threads", "posts/s", "µs/post/core");
            for (ListenerBenchmark.Phase p : r.phases()) {
                cli.out().printf(Locale.ROOT, "%-44s %8d %,12.0f %12.1f%n",
                        switch (p.name()) {
                            case "match" -> "watchlist only (pure matching)";
                            case "understand" -> "match + language + classify + priority";
                            default -> "  of which: " + p.name();
                        },
                        p.threads(), p.postsPerSecond(), p.microsPerPost());
            }
            cli.out().printf(Locale.ROOT, "%nheap in use after the run and a GC: %.1f MiB%n", r.heapBytes() / 1048576.0);
            cli.out().flush();
        }
        return ExitCodes.OK;
    }
}
