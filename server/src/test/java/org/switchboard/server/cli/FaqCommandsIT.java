package org.switchboard.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;

/**
 * The FAQ commands end to end, in this process, on the real FaqIndex and importers with a
 * temporary data directory: import, ask, export and import again.
 */
class FaqCommandsIT {
    static final String CSV = """
            id,question,answer
            reset-password,How do I reset my password?,Use the 'Forgot password' link on the sign-in page.
            refund,How do I get a refund?,Refunds are paid to your card within 5 working days.
            opening-hours,When are you open?,"We are open 9:00 to 17:00, Monday to Friday."
            """;

    @TempDir
    Path dir;

    private Path data;
    private Path csv;

    @BeforeEach
    void setUp() throws Exception {
        data = dir.resolve("data");
        csv = Files.writeString(dir.resolve("faq.csv"), CSV);
    }

    private Console console() {
        return new Console(dir);
    }

    @Test
    void importThenAskAnswersWithTheMatchingEntry() throws Exception {
        Console c = console();
        assertEquals(0, c.runReal("faq", "import", "--data", data.toString(), csv.toString()), c.stderrText());
        assertTrue(c.stdoutText().matches("imported 3 entries \\(1 language\\) from 1 file in \\d+ ms\n"),
                c.stdoutText());

        Console ask = console();
        ask.stdin = "how can I reset my password\n\nwhat time do you open\n";
        assertEquals(0, ask.runReal("faq", "ask", "--data", data.toString()), ask.stderrText());
        List<String> lines = ask.stdoutText().lines().toList();
        assertEquals(2, lines.size(), ask.stdoutText());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals(List.of("question", "language", "decision", "faq_id", "confidence", "candidates"),
                iterable(first.fieldNames()));
        assertEquals("how can I reset my password", first.get("question").asText());
        assertEquals("en", first.get("language").asText());
        assertEquals("reset-password", first.get("candidates").get(0).get("faq_id").asText());
        String decision = first.get("decision").asText();
        assertEquals(decision.equals("answer") ? "reset-password" : null, first.get("faq_id").textValue());
        assertEquals("opening-hours",
                new ObjectMapper().readTree(lines.get(1)).get("candidates").get(0).get("faq_id").asText());
    }

    @Test
    void exportedFilesImportToTheSameEntries() throws Exception {
        assertEquals(0, console().runReal("faq", "import", "--data", data.toString(), csv.toString()));
        for (String format : List.of("yaml", "json", "csv")) {
            Path exported = dir.resolve("export." + format);
            Console export = console();
            assertEquals(0, export.runReal("faq", "export", "--data", data.toString(), exported.toString()),
                    export.stderrText());
            assertEquals("exported 3 entries to " + exported + " (" + format + ")\n", export.stdoutText());

            Path again = dir.resolve("again-" + format);
            assertEquals(0, console().runReal("faq", "import", "--data", again.toString(), exported.toString()));
            assertEquals(entries(data), entries(again), format);
        }
    }

    @Test
    void exportToStdoutWritesOnlyTheFile() throws Exception {
        assertEquals(0, console().runReal("faq", "import", "--data", data.toString(), csv.toString()));
        Console c = console();
        assertEquals(0, c.runReal("faq", "export", "--data", data.toString(), "--format", "JSON", "-"));
        JsonNode exported = new ObjectMapper().readTree(c.stdoutText());
        assertTrue(exported.toString().contains("reset-password"), c.stdoutText());
    }

    @Test
    void badFileExits65AndLeavesTheIndexAsItWas() throws Exception {
        assertEquals(0, console().runReal("faq", "import", "--data", data.toString(), csv.toString()));
        Path bad = Files.writeString(dir.resolve("bad.csv"), "id,question,answer\nbroken,What is this?,\n");
        Console c = console();
        assertEquals(65, c.runReal("faq", "import", "--data", data.toString(), csv.toString(), bad.toString()));
        assertEquals(1, c.stderrText().lines().count(), c.stderrText());
        assertTrue(c.stderrText().startsWith("switchboard faq import: ") && c.stderrText().contains("bad.csv"),
                c.stderrText());
        assertEquals(3, entries(data).size());
    }

    private static List<FaqEntry> entries(Path dataDir) {
        try (FaqIndex index = FaqIndex.open(dataDir, FaqIndexConfig.defaults())) {
            return index.entries();
        }
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> all = new java.util.ArrayList<>();
        it.forEachRemaining(all::add);
        return all;
    }
}
