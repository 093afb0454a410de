package org.switchboard.bot.event;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the event records. */
final class Check {
    private Check() {
    }

    static String text(String value, String name) {
        Objects.requireNonNull(value, name + " == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }

    static List<QuickReply> replies(List<QuickReply> replies) {
        return List.copyOf(Objects.requireNonNull(replies, "quickReplies == null"));
    }
}
