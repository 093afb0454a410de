package org.switchboard.server.levels;

import java.time.Duration;
import java.time.Instant;

/**
 * One measured case of a standard.
 *
 * @param kind           what {@code id} is: {@code handoff}, {@code callback_outcome},
 *                       {@code callback} (booked, no call recorded) or {@code mention}
 * @param id             its id
 * @param conversationId the conversation it belongs to (a link on the dashboard); for a
 *                       mention its case's, 0 when it has none
 * @param at             when it happened (the request, the promised time): its day on the trend
 * @param measured       the time measured (so far, when unsettled)
 * @param unsettled      never done (still waiting, or the visitor left before a pick-up, call
 *                       not made, not answered): it counts only once {@code measured} is over the
 *                       limit, as a breach
 * @param open           still waiting now (shown as an open breach)
 */
public record Sample(String kind, long id, long conversationId, Instant at, Duration measured, boolean unsettled, boolean open) {
    /** A case that is done, or one never done whose openness follows from {@code unsettled}. */
    public Sample(String kind, long id, long conversationId, Instant at, Duration measured, boolean unsettled) {
        this(kind, id, conversationId, at, measured, unsettled, unsettled);
    }
}
