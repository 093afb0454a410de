package org.switchboard.server.callback;

import java.util.Locale;

/** How the visitor wants to be reached. */
public enum ContactKind {
    /** A phone number in E.164 form, e.g. {@code +302101234567}. */
    PHONE,
    /** An e-mail address. */
    EMAIL;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContactKind fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
