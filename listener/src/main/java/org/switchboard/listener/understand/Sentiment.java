package org.switchboard.listener.understand;

import java.util.Locale;

/** The tone of a post. */
public enum Sentiment {
    NEGATIVE, NEUTRAL, POSITIVE;

    /** The lower-case name used in files and JSON ("negative"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
