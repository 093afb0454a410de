package org.switchboard.server.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Requests for a person, per team, in the order they were made: the queue agents take
 * conversations from, and the pick-up times the service levels are measured with.
 *
 * <pre>{@code
 * Handoff h = handoffs.request(conversationId, "billing", "TOPIC", "refunds", "en", "I want my money back");
 * int position = handoffs.position(h.id());               // 1: next
 * boolean mine = handoffs.pickUp(h.id(), agentId, "Ana"); // false: another agent was faster
 * }</pre>
 */
public final class HandoffRepository {
    /** Most pick-ups one {@link #pickedUpSince} call returns. */
    public static final int MAX_PAGE = 1_000;

    private final Transactions transactions;
    private final Clock clock;

    HandoffRepository(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a request for a person, now. A conversation that is already waiting keeps its
     * place: the waiting request is returned and nothing is added.
     *
     * @throws UnknownConversationException when there is no such conversation
     */
    public Handoff request(long conversationId, String team, String reason, String topic, String language,
                           String firstMessage) {
        Handoff h = commitRequest(conversationId, team, reason, topic, language, firstMessage);
        transactions.awaitStored("request a person for conversation " + conversationId);
        return h;
    }

    /**
     * As {@link #request}, but returns once committed, before it has surely reached the database
     * file: tell nobody of it before {@link Transactions#whenStored} answers.
     */
    public Handoff commitRequest(long conversationId, String team, String reason, String topic, String language,
                                 String firstMessage) {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(language, "language");
        Instant now = clock.instant();
        return transactions.commit("request a person for conversation " + conversationId, c -> {
            ConversationRows.lockLastSequence(c, conversationId);
            List<Handoff> already = HandoffRows.waitingForConversation(c, conversationId);
            if (!already.isEmpty()) {
                return already.get(0);
            }
            long id = HandoffRows.insert(c, conversationId, team, reason, topic, language, firstMessage, now);
            return HandoffRows.byId(c, id).get(0);
        });
    }

    public Optional<Handoff> find(long handoffId) {
        return transactions.read("find handoff " + handoffId, c -> HandoffRows.byId(c, handoffId).stream().findFirst());
    }

    /** Every request of the conversation, oldest first. */
    public List<Handoff> forConversation(long conversationId) {
        return transactions.read("list the handoffs of conversation " + conversationId,
                c -> HandoffRows.forConversation(c, conversationId));
    }

    /** Requests this agent picked up whose conversations are still with a person (the agent's open chats). */
    public List<Handoff> activeFor(long agentId) {
        return transactions.read("list the open conversations of agent " + agentId, c -> HandoffRows.activeFor(c, agentId));
    }

    /** The conversation's waiting request, if any. */
    public Optional<Handoff> waitingFor(long conversationId) {
        return transactions.read("find the waiting handoff of conversation " + conversationId,
                c -> HandoffRows.waitingForConversation(c, conversationId).stream().findFirst());
    }

    /** The team's waiting requests, first come first. */
    public List<Handoff> waiting(String team) {
        return transactions.read("list the handoffs waiting for " + team, c -> HandoffRows.waiting(c, team));
    }

    /** A waiting request's place in its team's queue (1: next), or empty when it is not waiting. */
    public Optional<Integer> position(long handoffId) {
        return transactions.read("find the queue position of handoff " + handoffId, c -> {
            Optional<Handoff> h = HandoffRows.byId(c, handoffId).stream().findFirst().filter(Handoff::waiting);
            if (h.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(HandoffRows.waitingUpTo(c, h.get()));
        });
    }

    /**
     * Takes a waiting request for an agent, now. Exactly one of several agents taking the same
     * request at once gets true: the update only applies while nobody has it.
     */
    public boolean pickUp(long handoffId, long agentId, String agentName) {
        Objects.requireNonNull(agentName, "agentName");
        Instant now = clock.instant();
        return transactions.write("pick up handoff " + handoffId, c -> HandoffRows.pickUp(c, handoffId, agentId, agentName, now));
    }

    /**
     * Ends the conversation's waiting request without a pick-up.
     *
     * @param outcome {@code visitor_left}, {@code callback} or {@code closed}
     * @return whether a request was waiting
     */
    public boolean end(long conversationId, String outcome) {
        boolean ended = commitEnd(conversationId, outcome);
        transactions.awaitStored("end the waiting handoff of conversation " + conversationId);
        return ended;
    }

    /**
     * As {@link #end}, but returns once committed, before it has surely reached the database
     * file: tell nobody of it before {@link Transactions#whenStored} answers.
     */
    public boolean commitEnd(long conversationId, String outcome) {
        Objects.requireNonNull(outcome, "outcome");
        Instant now = clock.instant();
        return transactions.commit("end the waiting handoff of conversation " + conversationId,
                c -> HandoffRows.end(c, conversationId, outcome, now) > 0);
    }

    /** The team's requests picked up at or after {@code since}, newest first, at most {@code limit}. */
    public List<Handoff> pickedUpSince(String team, Instant since, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_PAGE + ": " + limit);
        }
        return transactions.read("list recent pick-ups of " + team, c -> HandoffRows.pickedUpSince(c, team, since, limit));
    }
}
