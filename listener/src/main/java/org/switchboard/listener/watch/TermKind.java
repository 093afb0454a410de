package org.switchboard.listener.watch;

import java.util.Locale;

/** What a watched term names. */
public enum TermKind {
    BRAND, PRODUCT, STAFF, COMPANY;

    /** The lower-case name used in files and JSON ("brand"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
