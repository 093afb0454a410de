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
 * @param unsettled      not done yet (still waiting, never picked up, call not made): it counts
 *                       only once {@code measured} is over the limit, as a breach
 */
public record Sample(String kind, long id, long conversationId, Instant at, Duration measured, boolean unsettled) {
}
