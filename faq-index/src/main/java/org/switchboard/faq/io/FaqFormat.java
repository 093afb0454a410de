package org.switchboard.faq.io;

import java.nio.file.Path;

/**
 * PLACEHOLDER (wt-cli): compile-only copy of the importer API being written in wt-io.
 * Drop this file at merge in favour of the real one.
 */
public enum FaqFormat {
    YAML, JSON, CSV, MARKDOWN, HTML;

    static FaqFormat ofFile(Path p) {
        throw new UnsupportedOperationException("placeholder: FaqFormat.ofFile is implemented in wt-io");
    }
}
