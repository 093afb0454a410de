package org.switchboard.server.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.Language;
import org.switchboard.faq.io.FaqImporter;
import org.switchboard.server.ServerConfig;

/**
 * What every command runs against: standard streams (always UTF-8), the environment, the
 * configuration (loaded once, on first use) and the {@code --data} option.
 *
 * <p>One instance per command-line run; not thread-safe.
 */
public final class Cli {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final BiFunction<Path, FaqIndexConfig, FaqIndex> indexOpener;
    private final Function<Language, FaqImporter> importers;
    private Path dataOption;
    private ServerConfig config;

    /** A run against the given streams and environment (tests pass their own). */
    public Cli(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        this(in, out, err, env, FaqIndex::open, FaqImporter::create);
    }

    Cli(InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
        BiFunction<Path, FaqIndexConfig, FaqIndex> indexOpener, Function<Language, FaqImporter> importers) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.env = Map.copyOf(env);
        this.indexOpener = indexOpener;
        this.importers = importers;
    }

    /** The process's own streams, re-encoded as UTF-8 whatever the locale, and its environment. */
    public static Cli system() {
        return new Cli(System.in,
                new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                System.getenv());
    }

    public InputStream in() {
        return in;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public Map<String, String> env() {
        return env;
    }

    /** Set by the global {@code --data DIR} option; wins over the environment and the file. */
    void dataOption(Path dir) {
        this.dataOption = dir;
    }

    /** The configuration: the file and environment, then {@code --data}; read on first call only. */
    public ServerConfig config() {
        if (config == null) {
            ServerConfig loaded = ServerConfig.load(env);
            config = dataOption == null ? loaded : loaded.withDataDir(dataOption);
        }
        return config;
    }

    /** The data directory in force: {@code --data}, else {@code SWITCHBOARD_DATA}, else {@code data_dir}, else ./data. */
    public Path dataDir() {
        return config().dataDir();
    }

    /** Opens (or creates) the FAQ index under the data directory with the configured behaviour. */
    FaqIndex openIndex() {
        return openIndex(dataDir(), config().faq());
    }

    /** Opens the FAQ index, failing with {@link ExitCodes#DATA_ERROR} when it has no entries. */
    FaqIndex openIndexWithEntries() {
        FaqIndex index = openIndex();
        if (index.entries().isEmpty()) {
            index.close();
            throw new CliException(ExitCodes.DATA_ERROR, "the FAQ index in " + dataDir() + " is empty; import a corpus first");
        }
        return index;
    }

    FaqIndex openIndex(Path dataDir, FaqIndexConfig faqConfig) {
        return indexOpener.apply(dataDir, faqConfig);
    }

    FaqImporter importer(Language defaultLanguage) {
        return importers.apply(defaultLanguage);
    }
}
