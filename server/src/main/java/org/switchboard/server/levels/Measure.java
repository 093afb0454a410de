package org.switchboard.server.levels;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a standard measures, each read from stored events. */
public enum Measure {
    /**
     * From a visitor's message arriving to its acknowledgement and the bot's reply being sent, the
     * message stored first (table {@code chat_ack}, written by {@link AckLog}).
     */
    BOT_ACK,
    /**
     * From a visitor asking for a person to an agent taking the conversation (table
     * {@code handoff}). A request that ended without a pick-up counts with the time the visitor
     * waited in vain when that is over the limit (else it is left out: the visitor left or took
     * a call back before the limit); one still waiting counts once it is over the limit.
     */
    HANDOFF_PICKUP,
    /**
     * How far from the promised time an agent made a call back (table {@code callback_outcome},
     * done or no answer; a moved call back is left out): {@code |completed − promised|}.
     */
    CALLBACK_PUNCTUALITY,
    /**
     * From a mention being posted to the social team marking it responded (table
     * {@code mention_action}); mentions marked ignored without a response are left out; one not
     * answered yet counts once it is over the limit.
     */
    MENTION_RESPONSE,
    /** The same for complaints only: the classifier's label, or the team's correction of it. */
    COMPLAINT_RESPONSE;

    /** The name used in files and JSON ("handoff_pickup"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Measure> find(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }
}
