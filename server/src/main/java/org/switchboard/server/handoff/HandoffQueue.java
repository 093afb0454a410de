package org.switchboard.server.handoff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.server.jdbc.Handoff;
import org.switchboard.server.jdbc.HandoffRepository;

/**
 * The lines of visitors waiting for a person, one per team: records each handoff the bot asks
 * for, says where a visitor stands, and takes visitors out of line when they leave or are
 * picked up. Thread-safe (the store serialises what must be).
 *
 * <p>Joining and leaving a line are committed but not awaited in the database file: the chat
 * service, which calls them in the middle of a turn, tells nobody before the store confirms
 * everything committed so far ({@code ConversationRepository.whenStored}).
 */
public final class HandoffQueue {
    private final HandoffRepository handoffs;
    private final WaitEstimator estimator;

    public HandoffQueue(HandoffRepository handoffs, WaitEstimator estimator) {
        this.handoffs = Objects.requireNonNull(handoffs, "handoffs");
        this.estimator = Objects.requireNonNull(estimator, "estimator");
    }

    /** Puts the conversation in its team's line (once: a visitor already waiting keeps their place) and says where. */
    public Place enqueue(long conversationId, String team, String reason, String topic, String language, String lastMessage) {
        Handoff h = handoffs.commitRequest(conversationId, team, reason, topic, language, lastMessage);
        return placeOf(h).orElseThrow(() -> new IllegalStateException("handoff " + h.id() + " is not waiting"));
    }

    /** Where the conversation stands, if it waits. */
    public Optional<Place> placeOf(long conversationId) {
        return handoffs.waitingFor(conversationId).flatMap(this::placeOf);
    }

    private Optional<Place> placeOf(Handoff h) {
        return handoffs.position(h.id()).map(p -> new Place(h.team(), p, estimator.estimate(h.team(), p)));
    }

    /**
     * Takes the conversation out of line without a person (the visitor left, booked a callback…).
     *
     * @return the team whose line moved, if the conversation was waiting
     */
    public Optional<String> leave(long conversationId, String outcome) {
        Optional<Handoff> waiting = handoffs.waitingFor(conversationId);
        if (waiting.isPresent() && handoffs.commitEnd(conversationId, outcome)) {
            return Optional.of(waiting.get().team());
        }
        return Optional.empty();
    }

    /** The conversations in the team's line, first come first. */
    public List<Long> waiting(String team) {
        return handoffs.waiting(team).stream().map(Handoff::conversationId).toList();
    }
}
