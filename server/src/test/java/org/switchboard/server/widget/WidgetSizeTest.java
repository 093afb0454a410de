package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The widget as served (classpath {@code web/widget/}): small, and plain ASCII. */
class WidgetSizeTest {
    private static final int BUDGET = 20 * 1024;
    private static final String[] FILES = {"/web/widget/switchboard.js", "/web/widget/switchboard.css"};

    @Test
    void scriptAndStyleSheetTogetherStayUnder20KiloBytesGzipped() throws IOException {
        int raw = 0;
        int gzipped = 0;
        for (String file : FILES) {
            byte[] bytes = read(file);
            raw += bytes.length;
            gzipped += gzip(bytes).length;
        }
        System.out.printf("widget: %d bytes, %d bytes gzipped (budget %d)%n", raw, gzipped, BUDGET);
        assertTrue(gzipped <= BUDGET, "widget is " + gzipped + " bytes gzipped, over " + BUDGET);
    }

    /** ASCII only, so the files read the same whatever encoding a host page or a proxy assumes. */
    @Test
    void scriptAndStyleSheetAreAscii() throws IOException {
        for (String file : FILES) {
            byte[] bytes = read(file);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] < 0) {
                    throw new AssertionError(file + ": a non-ASCII byte at offset " + i + " (write \\uXXXX instead)");
                }
            }
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = WidgetSizeTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the classpath");
            }
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
