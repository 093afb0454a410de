package org.switchboard.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.switchboard.server.bench.BenchReport;
import org.switchboard.server.bench.BenchResult;
import org.switchboard.server.bench.ClincCorpus;
import org.switchboard.server.bench.FaqBenchmark;
import org.switchboard.server.bench.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code switchboard bench faq}: index build time, size, heap and single-threaded latency of
 * {@code ask} against bare BM25, on CLINC150 (when found) and on a synthetic corpus.
 */
@Command(name = "faq",
        description = {"Time FaqIndex.ask against bare BM25 on CLINC150 and a synthetic corpus.",
                "Indexes are built in temporary directories (--data is not used). Progress goes to stderr."})
final class BenchFaqCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    static final Path DEFAULT_CLINC = Path.of("..", "shared", "data", "clinc150", "data_full.json");

    private final Cli cli;

    @Option(names = "--clinc", paramLabel = "FILE",
            description = "CLINC150 data_full.json (default: ../shared/data/clinc150/data_full.json when it exists).")
    Path clinc;

    @Option(names = "--no-clinc", description = "Skip CLINC150.")
    boolean noClinc;

    @Option(names = "--entries", paramLabel = "N", defaultValue = "10000",
            description = "Synthetic entries, 0 to skip (default: ${DEFAULT-VALUE}).")
    int entries;

    @Option(names = "--questions", paramLabel = "N", defaultValue = "2000",
            description = "Synthetic questions, half held-out phrasings, half random (default: ${DEFAULT-VALUE}).")
    int questions;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000",
            description = "Questions asked of each method before timing (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--publishes", paramLabel = "N", defaultValue = "3",
            description = "Edited answers published per corpus, each timed until served and until on disk (default: ${DEFAULT-VALUE}).")
    int publishes;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    BenchFaqCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        if (entries < 0 || questions < 1 || warmup < 0 || publishes < 1) {
            throw new CliException(ExitCodes.USAGE, "--entries must be >= 0, --questions >= 1, --warmup >= 0, --publishes >= 1");
        }
        FaqBenchmark benchmark = new FaqBenchmark(cli.config().faq(), warmup, publishes, line -> cli.err().println(line));
        List<BenchResult> results = new ArrayList<>();
        Path clincFile = clincFile();
        if (clincFile != null) {
            results.add(benchmark.run(ClincCorpus.read(clincFile)));
        }
        if (entries > 0) {
            results.add(benchmark.run(SyntheticCorpus.generate(entries, questions, seed)));
        }
        if (results.isEmpty()) {
            throw new CliException(ExitCodes.USAGE, "nothing to run: no CLINC150 file and --entries 0");
        }
        if (json) {
            cli.out().println(BenchReport.json(results));
        } else {
            BenchReport.table(results, cli.out());
        }
        cli.out().flush();
        return ExitCodes.OK;
    }

    private Path clincFile() {
        if (noClinc) {
            return null;
        }
        if (clinc != null) {
            InputFiles.requireReadable(List.of(clinc));
            return clinc;
        }
        if (Files.isRegularFile(DEFAULT_CLINC)) {
            return DEFAULT_CLINC;
        }
        cli.err().println("CLINC150 not found at " + DEFAULT_CLINC + "; skipping it (use --clinc FILE)");
        return null;
    }
}
