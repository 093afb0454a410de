package org.switchboard.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.io.FileUtils;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;
import org.switchboard.faq.eval.LabelledQuestion;
import org.switchboard.server.ServerConfig;
import org.switchboard.server.bench.ChatBenchReport;
import org.switchboard.server.bench.ChatBenchResult;
import org.switchboard.server.bench.ChatBenchmark;
import org.switchboard.server.jdbc.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code switchboard bench chat}: many WebSocket visitors asking the demo FAQ's check questions of
 * the whole chat stack in this process, against a bare echo endpoint on the same server.
 */
@Command(name = "chat",
        description = {"Load the chat stack with WebSocket visitors asking FAQ questions; compare with a bare echo endpoint.",
                "Builds the demo FAQ and (unless a database URL is configured) an H2 file in a temporary directory;",
                "--data is not used. Rate limits are lifted for the run. Progress goes to stderr."})
final class BenchChatCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Option(names = "--visitors", paramLabel = "N", defaultValue = "1000",
            description = "Concurrent visitors, one WebSocket each (default: ${DEFAULT-VALUE}).")
    int visitors;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60",
            description = "Length of the paced run, one question a second per visitor (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--ceiling-seconds", paramLabel = "S", defaultValue = "10",
            description = "Measured length of each closed-loop ceiling: echo, bot, faq, store (default: ${DEFAULT-VALUE}).")
    int ceilingSeconds;

    @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "5",
            description = {"Load before each phase is measured (default: ${DEFAULT-VALUE}); a ceiling's warm-up goes on",
                    "until the JIT compiler has been quiet for 5 s."})
    int warmupSeconds;

    @Option(names = "--max-warmup-seconds", paramLabel = "S", defaultValue = "180",
            description = "Longest a ceiling's warm-up waits for the JIT compiler (default: ${DEFAULT-VALUE}).")
    int maxWarmupSeconds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Order of the questions and each visitor's first one (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    BenchChatCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        if (visitors < 1 || seconds < 1 || ceilingSeconds < 1 || warmupSeconds < 0 || maxWarmupSeconds < warmupSeconds) {
            throw new CliException(ExitCodes.USAGE, "--visitors, --seconds and --ceiling-seconds must be >= 1,"
                    + " --warmup-seconds >= 0 and --max-warmup-seconds >= --warmup-seconds");
        }
        ServerConfig config = cli.config();
        Path configDir = ServerConfig.directory(cli.env());
        Path demo = configDir.resolve("faq").resolve("demo.yaml");
        List<String> questions = InputFiles.labelledQuestions(configDir.resolve("faq").resolve("demo-checks.jsonl"))
                .stream().map(LabelledQuestion::question).toList();
        InputFiles.requireReadable(List.of(demo));
        String store = describe(config.database());
        Path temp = Files.createTempDirectory("switchboard-bench-chat-");
        try (FaqIndex index = cli.openIndex(temp.resolve("data"), config.faq())) {
            cli.err().println("building the demo FAQ index from " + demo);
            List<FaqEntry> entries = cli.importer(config.faq().defaultLanguage()).readAll(List.of(demo));
            index.replaceAll(entries);
            cli.err().println("store: " + store);
            if (!config.database().isEmbedded()) {
                cli.err().println("the benchmark's conversations stay in that database: point it at a scratch one");
            }
            ChatBenchResult result;
            try (BenchChatServer server = BenchChatServer.start(config, configDir, index, temp.resolve("data"))) {
                cli.err().println("rate limits lifted for this run: " + BenchChatServer.LIFTED_RATE_LIMIT
                        + " frames a second per connection and per address (every visitor comes from 127.0.0.1)");
                ChatBenchmark.Settings settings = new ChatBenchmark.Settings(visitors, seconds, ceilingSeconds,
                        warmupSeconds, maxWarmupSeconds, seed);
                result = new ChatBenchmark(settings, questions, line -> cli.err().println(line))
                        .run(server.chatUri(), server.echoUri(), server.parts(index, Language.ENGLISH));
            }
            if (json) {
                cli.out().println(ChatBenchReport.json(result, store));
            } else {
                ChatBenchReport.table(result, store, cli.out());
            }
            cli.out().flush();
            return ExitCodes.OK;
        } finally {
            FileUtils.deleteDirectory(temp.toFile());
        }
    }

    private static String describe(DatabaseConfig database) {
        String pool = ", pool of " + database.poolSize() + " connections";
        if (database.isEmbedded()) {
            return "H2, embedded file in a temporary directory" + pool;
        }
        String url = DatabaseConfig.redact(database.url());
        return (url.startsWith("jdbc:postgresql:") ? "PostgreSQL, " : "") + url + pool;
    }
}
