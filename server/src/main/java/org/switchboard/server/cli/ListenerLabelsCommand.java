package org.switchboard.server.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.switchboard.listener.understand.Task;
import org.switchboard.server.ServerConfig;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.triage.TriageRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code switchboard listener labels --task complaint}: the social team's label corrections from
 * the triage desk, as the {@code id,text,label} CSV {@code listener train --labels} reads.
 */
@Command(name = "labels",
        description = {"Print the social team's label corrections (made on the triage page) as CSV id,text,label,",
                "the format 'listener train --labels' reads. Only complaint and sentiment can be corrected."})
final class ListenerLabelsCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Option(names = "--task", paramLabel = "TASK", defaultValue = "complaint", converter = ListenerLabels.TaskConverter.class,
            description = "complaint (default) or sentiment.")
    Task task;

    ListenerLabelsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        if (task != Task.COMPLAINT && task != Task.SENTIMENT) {
            throw new CliException(ExitCodes.USAGE, "only complaint and sentiment labels are corrected on the triage page");
        }
        ServerConfig config = cli.config();
        List<TriageRepository.Correction> rows;
        try (Database database = Database.open(config.database(), config.dataDir())) {
            rows = new TriageRepository(database.transactions(), Clock.systemUTC()).corrections(task.code());
        }
        try (CSVPrinter csv = new CSVPrinter(cli.out(), CSVFormat.RFC4180.builder().setHeader("id", "text", "label").build())) {
            for (TriageRepository.Correction c : rows) {
                csv.printRecord("mention-" + c.mentionId(), c.text(), c.label());
            }
        }
        cli.err().println("switchboard: " + rows.size() + " corrected " + task.code() + " labels");
        return ExitCodes.OK;
    }
}
