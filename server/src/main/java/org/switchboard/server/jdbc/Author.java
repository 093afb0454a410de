package org.switchboard.server.jdbc;

import java.util.Locale;

/** Who an event comes from; stored in lower case ({@code visitor}, {@code bot}, …). */
public enum Author {
    VISITOR, BOT, AGENT, SYSTEM;

    /** The value in the {@code author} column. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Author fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
