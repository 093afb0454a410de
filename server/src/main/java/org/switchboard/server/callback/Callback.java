package org.switchboard.server.callback;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A stored call back: who to call, how, when, and where it stands.
 *
 * @param id             the database id
 * @param reference      random and public: the calendar entry's UID and the input of the manage token
 * @param conversationId the chat it was booked from (the agent reads its transcript)
 * @param team           the team that calls
 * @param assignedAgent  the staff login of the agent who will call; null until assigned or claimed
 * @param start          the promised time
 * @param end            the end of the slot
 * @param visitorZone    the visitor's time zone (times are shown to them in it)
 * @param language       the visitor's language code, e.g. {@code vi}
 * @param contactKind    phone or e-mail
 * @param contact        the E.164 number or the address
 * @param note           what the visitor wants to talk about; null when none
 * @param status         where it stands
 * @param revision       0, then +1 at every change of time (the calendar's SEQUENCE)
 */
public record Callback(long id, String reference, long conversationId, String team, String assignedAgent, Instant start,
                       Instant end, ZoneId visitorZone, String language, ContactKind contactKind, String contact, String note,
                       CallbackStatus status, int revision, Instant createdAt, Instant updatedAt) {
    public Callback {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(visitorZone, "visitorZone");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(contactKind, "contactKind");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(status, "status");
    }

    /** Whether it still holds a place in its slot (booked, not yet called or cancelled). */
    public boolean booked() {
        return status == CallbackStatus.BOOKED;
    }
}
