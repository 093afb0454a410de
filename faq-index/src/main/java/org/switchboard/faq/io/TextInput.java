package org.switchboard.faq.io;

import java.io.IOException;
import java.io.Reader;

/** Reads a whole input into a string; FAQ files are small. */
final class TextInput {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TextInput() {
    }

    /** The full text of {@code in} without a leading byte-order mark; closes {@code in} when asked. */
    static String slurp(Reader in, boolean close) throws IOException {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
            if (text.length() > 0 && text.charAt(0) == BYTE_ORDER_MARK) {
                text.deleteCharAt(0);
            }
            return text.toString();
        } finally {
            if (close) {
                in.close();
            }
        }
    }
}
