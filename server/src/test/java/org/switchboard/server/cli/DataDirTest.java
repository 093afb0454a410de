package org.switchboard.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqIndex;

/** {@code --data DIR} wins over {@code SWITCHBOARD_DATA}, which wins over {@code data_dir}, else ./data. */
class DataDirTest {
    @TempDir
    Path dir;

    private final List<Path> opened = new ArrayList<>();

    @Test
    void defaultsToDataInTheWorkingDirectory() {
        assertEquals(Path.of("data"), openedDataDir(console()));
    }

    @Test
    void fileWinsOverTheDefault() {
        assertEquals(Path.of("/srv/from-file"), openedDataDir(console().config("data_dir: /srv/from-file\n")));
    }

    @Test
    void environmentWinsOverTheFile() {
        Console c = console().config("data_dir: /srv/from-file\n");
        c.env.put("SWITCHBOARD_DATA", "from-env");
        assertEquals(Path.of("from-env"), openedDataDir(c));
    }

    @Test
    void optionWinsOverTheEnvironmentBeforeOrAfterTheCommand() {
        Console c = console().config("data_dir: /srv/from-file\n");
        c.env.put("SWITCHBOARD_DATA", "from-env");
        assertEquals(0, c.run("faq", "ask", "--data", "./from-option"));
        assertEquals(0, c.run("--data", "before", "faq", "ask"));
        assertEquals(0, c.run("faq", "--data", "between", "ask"));
        assertEquals(List.of(Path.of("from-option"), Path.of("before"), Path.of("between")), opened);
    }

    private Console console() {
        Console c = new Console(dir);
        c.indexOpener = (dataDir, config) -> {
            opened.add(dataDir);
            return mock(FaqIndex.class);
        };
        return c;
    }

    private Path openedDataDir(Console c) {
        assertEquals(0, c.run("faq", "ask"), c.stderrText());
        return opened.get(opened.size() - 1);
    }
}
