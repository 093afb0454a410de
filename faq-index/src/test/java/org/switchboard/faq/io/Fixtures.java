package org.switchboard.faq.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

/** Shared helpers: fixture files under {@code src/test/resources/io}, reading text, expecting failures. */
final class Fixtures {
    static final FaqImporter ENGLISH = FaqImporter.create(Language.ENGLISH);

    private Fixtures() {
    }

    /** A fixture file's path. */
    static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/io/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture io/" + name, e);
        }
    }

    /** Reads text as if it were a file named {@code source}, with English as default language. */
    static List<FaqEntry> read(String source, String text, FaqFormat format) throws Exception {
        return ENGLISH.read(source, new StringReader(text), format);
    }

    /** Expects reading to fail, with the file and line in the message and the exception, and the reason in the message. */
    static FaqFormatException assertFails(String source, String text, FaqFormat format, long line, String reason) {
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> read(source, text, format));
        assertFailure(e, source, line, reason);
        return e;
    }

    /** Checks a failure names the file, the line (0: none) and contains the reason. */
    static void assertFailure(FaqFormatException e, String source, long line, String reason) {
        assertEquals(source, e.source(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        String prefix = source + (line > 0 ? ": line " + line + ": " : ": ");
        assertTrue(e.getMessage().startsWith(prefix), "expected prefix '" + prefix + "' in: " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), "expected '" + reason + "' in: " + e.getMessage());
    }

    /** The entry with the given id. */
    static FaqEntry byId(List<FaqEntry> entries, String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry '" + id + "' in " + entries));
    }
}
