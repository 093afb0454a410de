package org.switchboard.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options, arguments and the usage errors (exit 64) and configuration errors (exit 78) they cause. */
class CliParsingTest {
    @TempDir
    Path dir;

    @Test
    void noCommandIsAUsageErrorOnOneLine() {
        Console c = new Console(dir);
        assertEquals(64, c.run());
        assertEquals("switchboard: missing command (see 'switchboard --help')\n", c.stderrText());
        assertEquals(64, c.run("faq"));
        assertTrue(c.stderrText().endsWith("switchboard faq: missing command (see 'switchboard faq --help')\n"));
    }

    @Test
    void unknownOptionIsAUsageErrorNamingIt() {
        Console c = new Console(dir);
        assertEquals(64, c.run("faq", "ask", "--lang=en"));
        assertTrue(c.stderrText().startsWith("switchboard faq ask: Unknown option: '--lang=en'"), c.stderrText());
        assertEquals(1, c.stderrText().lines().count());
    }

    @Test
    void importNeedsAtLeastOneFile() {
        Console c = new Console(dir);
        assertEquals(64, c.run("faq", "import"));
        assertTrue(c.stderrText().contains("Missing required parameter: 'FILE'"), c.stderrText());
    }

    @Test
    void unsupportedLanguageListsTheSupportedCodes() {
        Console c = new Console(dir);
        assertEquals(64, c.run("faq", "ask", "--language", "klingon"));
        assertTrue(c.stderrText().contains("unsupported language 'klingon'; supported: en, vi, el, tl, ar"));
    }

    @Test
    void exportToStdoutNeedsAFormat() {
        Console c = new Console(dir);
        assertEquals(64, c.run("faq", "export", "-"));
        assertEquals("switchboard faq export: --format is required when writing to stdout "
                + "(see 'switchboard faq export --help')\n", c.stderrText());
    }

    @Test
    void exportFormatIsOneOfYamlJsonCsvInAnyCase() {
        Console c = new Console(dir);
        assertEquals(64, c.run("faq", "export", "--format", "html", "faq.html"));
        assertTrue(c.stderrText().contains("Invalid value for option '--format'"), c.stderrText());
        assertEquals(64, new Console(dir).run("faq", "export", "faq.txt"));
    }

    @Test
    void exportFormatFollowsTheExtension() {
        assertEquals(Optional.of(ExportFormat.YAML), ExportFormat.ofFileName(Path.of("out/FAQ.YML")));
        assertEquals(Optional.of(ExportFormat.JSON), ExportFormat.ofFileName(Path.of("faq.json")));
        assertEquals(Optional.of(ExportFormat.CSV), ExportFormat.ofFileName(Path.of("faq.csv")));
        assertEquals(Optional.empty(), ExportFormat.ofFileName(Path.of("faq.md")));
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        Console c = new Console(dir);
        assertEquals(0, c.run("faq", "--help"));
        String help = c.stdoutText();
        for (String command : new String[] {"import", "export", "ask"}) {
            assertTrue(help.contains("  " + command + " "), help);
        }
        assertEquals(0, c.run("--help"));
        assertTrue(c.stdoutText().contains("--data=DIR"));
        assertEquals(0, c.run("bench", "faq", "--help"));
        assertTrue(c.stdoutText().contains("--entries=N"));
    }

    @Test
    void everyCommandTakesTheDataOption() {
        for (String[] command : new String[][] {{"faq", "import"}, {"faq", "export"}, {"faq", "ask"},
            {"bench", "faq"}}) {
            Console c = new Console(dir);
            c.run(command[0], command[1], "--help");
            assertTrue(c.stdoutText().contains("--data=DIR"), String.join(" ", command));
        }
    }

    @Test
    void badConfigurationExits78NamingKeyAndFile() {
        Console c = new Console(dir).config("faq:\n  max_option: 3\n");
        assertEquals(78, c.run("faq", "ask"));
        String file = c.env.get("SWITCHBOARD_CONFIG");
        assertEquals("switchboard faq ask: " + file + ": unknown key 'faq.max_option' (known under 'faq': "
                + "default_language, thresholds, max_options)\n", c.stderrText());
    }

    @Test
    void benchRejectsNegativeCountsBeforeDoingAnyWork() {
        Console c = new Console(dir);
        assertEquals(64, c.run("bench", "faq", "--entries", "-1"));
        assertFalse(c.stderrText().contains("building"), c.stderrText());
    }
}
