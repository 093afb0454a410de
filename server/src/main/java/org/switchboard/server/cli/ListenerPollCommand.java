package org.switchboard.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.switchboard.faq.FaqIndex;
import org.switchboard.listener.source.Source;
import org.switchboard.server.ServerConfig;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.listener.ListenerParts;
import org.switchboard.server.listener.ListenerService;
import org.switchboard.server.listener.MentionJson;
import org.switchboard.server.listener.MentionRepository;
import org.switchboard.server.listener.PollReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code switchboard listener poll --once}: polls every configured source once, stores what it
 * flagged (as {@code serve} would) and prints it. Exit code 0 when every source answered, 74 when
 * one failed (the others were still polled).
 */
@Command(name = "poll",
        description = {"Poll every source of config/listener/sources.yaml once, store the mentions found and print them.",
                "Without --once, keep polling each source at its interval until stopped (as serve does)."})
final class ListenerPollCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Option(names = "--once", description = "Poll each source once and exit.")
    boolean once;

    @Option(names = "--json", description = "Print each flagged mention as a JSON line instead of a summary.")
    boolean json;

    ListenerPollCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        ServerConfig config = cli.config();
        List<Source> sources;
        try {
            sources = ListenerParts.sources(ServerConfig.directory(cli.env()), cli.env());
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.CONFIG, e.getMessage());
        }
        if (sources.isEmpty()) {
            cli.err().println("switchboard: no enabled source in " + ServerConfig.directory(cli.env()).resolve("listener")
                    .resolve("sources.yaml") + " (see docs/listener-sources.md)");
            return ExitCodes.CONFIG;
        }
        ObjectMapper mapper = new ObjectMapper();
        try (FaqIndex index = cli.openIndex();
             Database database = Database.open(config.database(), config.dataDir());
             ListenerParts parts = loadParts(index)) {
            MentionRepository mentions = new MentionRepository(database.transactions(), Clock.systemUTC());
            try (ListenerService service = new ListenerService(sources, parts.finder(), mentions, Clock.systemUTC())) {
                if (!once) {
                    service.start();
                    cli.err().println("switchboard: polling " + sources.size() + " sources; stop with Ctrl-C");
                    Thread.currentThread().join();
                }
                boolean failed = false;
                for (PollReport r : service.pollAllOnce()) {
                    if (r.error().isPresent()) {
                        failed = true;
                        cli.out().printf("%s (%s): FAILED: %s%n", r.source(), r.kind(), r.error().get());
                        continue;
                    }
                    var s = r.stored().orElseThrow();
                    if (!json) {
                        cli.out().printf("%s (%s): %d read, %d flagged, %d new, %d folded into earlier mentions, %d already seen%n",
                                r.source(), r.kind(), r.read(), r.flagged(), s.created().size(), s.folded(), s.alreadySeen());
                    }
                    for (long id : s.created()) {
                        var m = mentions.find(id).orElseThrow();
                        if (json) {
                            cli.out().println(mapper.writeValueAsString(MentionJson.of(m)));
                        } else {
                            var l = m.mention().labels();
                            cli.out().printf("  [%3d] %s%s%s %s: %s%n", m.mention().priority(), l.sentiment().code(),
                                    l.complaint() ? ", complaint" : "", l.question() ? ", question" : "",
                                    m.mention().post().author(), oneLine(m.mention().post().text()));
                        }
                    }
                }
                if (!json) {
                    for (var status : service.status()) {
                        @SuppressWarnings("unchecked")
                        var reads = (java.util.Map<String, Object>) status.get("reads");
                        if (reads.containsKey("per_day")) {
                            cli.out().printf("%s: read budget: %s of %s today, %s of %s this month%n", status.get("name"),
                                    reads.get("today"), reads.get("per_day"), reads.get("this_month"), reads.get("per_month"));
                        }
                    }
                }
                cli.out().flush();
                return failed ? ExitCodes.IO_ERROR : ExitCodes.OK;
            }
        }
    }

    private ListenerParts loadParts(FaqIndex index) {
        try {
            return ListenerParts.load(ServerConfig.directory(cli.env()), null, cli.dataDir(),
                    index.entries().isEmpty() ? null : index, cli.config().faq().defaultLanguage(), Clock.systemUTC());
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.CONFIG, e.getMessage());
        }
    }

    private static String oneLine(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 140 ? t.substring(0, 139) + "…" : t;
    }
}
