package org.switchboard.server.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.io.FaqExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code switchboard faq export [--format F] FILE}: writes the entries the index serves. */
@Command(name = "export",
        description = "Write every entry of the FAQ index to FILE, or to stdout when FILE is '-'.")
final class FaqExportCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "yaml, json or csv (default: from FILE's extension; required for '-').")
    ExportFormat format;

    @Parameters(paramLabel = "FILE", description = "File to write (replaced if it exists), or '-' for stdout.")
    Path file;

    FaqExportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        boolean toStdout = file.toString().equals("-");
        ExportFormat chosen = format != null ? format
                : toStdout ? null : ExportFormat.ofFileName(file).orElse(null);
        if (chosen == null) {
            throw new ParameterException(spec.commandLine(), toStdout
                    ? "--format is required when writing to stdout"
                    : file + ": cannot tell the format from the extension; use --format yaml|json|csv");
        }
        List<FaqEntry> entries;
        try (FaqIndex index = cli.openIndex()) {
            entries = index.entries();
        }
        if (toStdout) {
            Writer out = new OutputStreamWriter(cli.out(), StandardCharsets.UTF_8);
            FaqExporter.write(entries, chosen.faqFormat(), out);
            out.flush();
        } else {
            try {
                FaqExporter.write(entries, chosen.faqFormat(), file);
            } catch (IOException e) {
                throw new CliException(ExitCodes.IO_ERROR, file + ": cannot write: " + e, e);
            }
            cli.out().println("exported " + entries.size() + (entries.size() == 1 ? " entry" : " entries")
                    + " to " + file + " (" + chosen.name().toLowerCase(Locale.ROOT) + ")");
            cli.out().flush();
        }
        return ExitCodes.OK;
    }
}
