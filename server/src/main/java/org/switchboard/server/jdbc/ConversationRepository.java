package org.switchboard.server.jdbc;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Conversations and their append-only event logs. Each event gets the conversation's next
 * sequence number (1, 2, 3, … with no gaps), so a client that knows the last sequence it saw can
 * resume with {@link #eventsAfter} and miss nothing and see nothing twice.
 *
 * <p>Every write is one transaction that has committed, and reached the database file, when the
 * method returns, so a caller may acknowledge a message as soon as {@link #appendVisitorMessage}
 * returns. Appends to one
 * conversation are serialised by locking its row (the update of its last sequence); appends to
 * different conversations do not wait for each other.
 *
 * <p>Thread-safe: one instance, from {@link Database#conversations()}, serves the whole process.
 *
 * <pre>{@code
 * CreatedConversation created = conversations.create("en", ZoneId.of("Europe/Athens"));
 * String token = created.token();                       // give it to the widget, once
 * long id = conversations.findByToken(token).orElseThrow().id();
 * AppendResult r = conversations.appendVisitorMessage(id, "c-1", new NewEvent("MessageReceived",
 *         Author.VISITOR, "{\"text\":\"hello\"}"));     // acknowledge r.event().sequence()
 * List<StoredEvent> missed = conversations.eventsAfter(id, lastSeen, 100);
 * }</pre>
 */
public final class ConversationRepository {
    /** The status a new conversation starts in: the bot's {@code ConversationStatus.BOT}. */
    public static final String INITIAL_STATUS = "BOT";
    /** Most events one {@link #eventsAfter} call returns. */
    public static final int MAX_PAGE = 1_000;
    static final int MAX_CLIENT_MESSAGE_ID_LENGTH = 128;
    private static final String UNIQUE_VIOLATION = "23505";

    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;

    ConversationRepository(Transactions transactions, Clock clock, SecureRandom random) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Starts a conversation in {@link #INITIAL_STATUS} and returns it with its token. The token is
     * not stored and cannot be recovered: only its SHA-256 hash is kept.
     *
     * @param language the visitor's language code, e.g. {@code en} (1..35 characters)
     */
    public CreatedConversation create(String language, ZoneId timeZone) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
        if (language.isBlank() || language.length() > 35) {
            throw new IllegalArgumentException("language must be 1..35 characters: '" + language + "'");
        }
        String token = ConversationTokens.generate(random);
        Instant now = now();
        long id = transactions.write("create a conversation", c -> ConversationRows.insert(c,
                ConversationTokens.hash(token), language, timeZone, INITIAL_STATUS, now));
        return new CreatedConversation(
                new ConversationRef(id, language, timeZone, INITIAL_STATUS, now, now, 0), token);
    }

    /**
     * The conversation this token was issued for, or empty when the token is unknown or malformed.
     * Only the token's hash reaches the database.
     */
    public Optional<ConversationRef> findByToken(String token) {
        if (!ConversationTokens.wellFormed(token)) {
            return Optional.empty();
        }
        byte[] hash = ConversationTokens.hash(token);
        return transactions.read("find a conversation by token", c -> ConversationRows.selectByTokenHash(c, hash));
    }

    /** The conversation with this id, or empty. For staff pages; visitors find theirs by token. */
    public Optional<ConversationRef> find(long conversationId) {
        return transactions.read("find conversation " + conversationId,
                c -> ConversationRows.selectById(c, conversationId));
    }

    /**
     * Appends {@code events} in one transaction with the next consecutive sequence numbers and
     * returns them as stored, in order. When this returns they have committed; when it throws,
     * none of them was stored.
     *
     * @throws UnknownConversationException when there is no such conversation
     * @throws StorageException             when the database fails; nothing of the batch is stored
     */
    public List<StoredEvent> append(long conversationId, List<NewEvent> events) {
        List<NewEvent> batch = List.copyOf(events);
        if (batch.isEmpty()) {
            return List.of();
        }
        Instant now = now();
        return transactions.write("append " + batch.size() + " events to conversation " + conversationId,
                c -> insertEvents(c, conversationId, batch, null, null, now));
    }

    /**
     * Appends {@code events} with the next sequence numbers and, when {@code status} is not
     * null, sets the conversation's status, in one transaction; returns once committed, before
     * it has surely reached the database file (see {@link #commitTurn}).
     *
     * @throws UnknownConversationException when there is no such conversation
     */
    public List<StoredEvent> commitEvents(long conversationId, List<NewEvent> events, String status) {
        List<NewEvent> batch = List.copyOf(events);
        if (status != null) {
            checkStatus(status);
        }
        Instant now = now();
        return transactions.commit("append " + batch.size() + " events to conversation " + conversationId, c -> {
            if (batch.isEmpty()) {
                if (status != null && !ConversationRows.updateStatus(c, conversationId, status, now)) {
                    throw new UnknownConversationException(conversationId);
                }
                return List.of();
            }
            return insertEvents(c, conversationId, batch, null, status, now);
        });
    }

    /**
     * Appends one message a client sent, at most once per {@code clientMessageId} in the
     * conversation: a resend (after a reconnect, say) stores nothing and returns the event stored
     * the first time, with {@link AppendResult#duplicate()} true, even when its payload differs.
     * When this returns the event has committed and may be acknowledged.
     *
     * @param clientMessageId the client's own id for the message (1..128 characters)
     * @throws UnknownConversationException when there is no such conversation
     */
    public AppendResult appendVisitorMessage(long conversationId, String clientMessageId, NewEvent event) {
        Objects.requireNonNull(event, "event");
        checkClientMessageId(clientMessageId);
        Instant now = now();
        try {
            return transactions.write("append client message '" + clientMessageId + "' to conversation "
                    + conversationId, c -> new AppendResult(
                            insertEvents(c, conversationId, List.of(event), clientMessageId, null, now).get(0), false));
        } catch (StorageException e) {
            return new AppendResult(storedBefore(conversationId, clientMessageId, e), true);
        }
    }

    /**
     * Appends a whole turn in one transaction: one message a client sent, at most once per
     * {@code clientMessageId} (as {@link #appendVisitorMessage}), then {@code reply}, what came of
     * it, numbered right after it; and, when {@code status} is not null, sets the conversation's
     * status. All of it or nothing is stored, with one durable write instead of one for the
     * message and another for the reply. A resend stores nothing, not even the reply, and returns
     * the message stored the first time with {@link StoredTurn#duplicate()} true.
     *
     * @param status the conversation's status after the turn, or null when it did not change
     * @throws UnknownConversationException when there is no such conversation
     */
    public StoredTurn appendTurn(long conversationId, String clientMessageId, NewEvent message, List<NewEvent> reply,
                                 String status) {
        StoredTurn turn = commitTurn(conversationId, clientMessageId, message, reply, status);
        transactions.awaitStored("append a turn (client message '" + clientMessageId + "') to conversation "
                + conversationId);
        return turn;
    }

    /**
     * As {@link #appendTurn}, but returns as soon as the turn has committed, before it has surely
     * reached the database file: call {@link #whenStored} and acknowledge nothing until it
     * answers. Later transactions see the turn at once (a resend is recognised, sequences go on).
     */
    public StoredTurn commitTurn(long conversationId, String clientMessageId, NewEvent message, List<NewEvent> reply,
                                 String status) {
        Objects.requireNonNull(message, "message");
        checkClientMessageId(clientMessageId);
        List<NewEvent> rest = List.copyOf(reply);
        if (status != null) {
            checkStatus(status);
        }
        Instant now = now();
        try {
            return transactions.commit("append a turn (client message '" + clientMessageId + "' and " + rest.size()
                    + " events) to conversation " + conversationId, c -> {
                        List<NewEvent> turn = new ArrayList<>(1 + rest.size());
                        turn.add(message);
                        turn.addAll(rest);
                        List<StoredEvent> stored = insertEvents(c, conversationId, turn, clientMessageId, status, now);
                        return new StoredTurn(stored.get(0), stored.subList(1, stored.size()), false);
                    });
        } catch (StorageException e) {
            return new StoredTurn(storedBefore(conversationId, clientMessageId, e), List.of(), true);
        }
    }

    /**
     * The message stored earlier under {@code clientMessageId}, when {@code failure} is the
     * database refusing a second one (the unique key on the conversation and the client's id:
     * a resend, caught by the database instead of a look-up on every message); else rethrows
     * {@code failure}. The failed transaction stored nothing.
     */
    private StoredEvent storedBefore(long conversationId, String clientMessageId, StorageException failure) {
        if (!duplicateKey(failure)) {
            throw failure;
        }
        return transactions.read("read client message '" + clientMessageId + "' of conversation " + conversationId,
                c -> EventRows.selectByClientMessageId(c, conversationId, clientMessageId))
                .orElseThrow(() -> failure);
    }

    /** Whether a unique key refused a row (SQLSTATE 23505 in both databases), anywhere in the failure's causes. */
    private static boolean duplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (SQLException e = t instanceof SQLException sql ? sql : null; e != null; e = e.getNextException()) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Calls {@code done} once everything committed before this call (by any repository) is in
     * the database file; see {@link Transactions#whenStored}. {@code done} must be quick.
     */
    public void whenStored(OnStored done) {
        transactions.whenStored(done);
    }

    /** Returns once everything committed before this call is in the database file. */
    public void awaitStored() {
        transactions.awaitStored("confirm stored conversation events");
    }

    /**
     * The events after sequence {@code afterSequence}, oldest first, at most {@code limit} of them.
     * Resume by passing the last sequence seen; 0 reads from the start. Unknown conversations
     * have no events.
     *
     * @param limit 1..{@value #MAX_PAGE}
     */
    public List<StoredEvent> eventsAfter(long conversationId, long afterSequence, int limit) {
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must be >= 0: " + afterSequence);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_PAGE + ": " + limit);
        }
        return transactions.read("read events of conversation " + conversationId,
                c -> EventRows.selectAfter(c, conversationId, afterSequence, limit));
    }

    /**
     * Conversations whose status a crash left in doubt, lowest id first: their row was behind
     * their events when {@link Database} rebuilt the file, so the status their last turns set may
     * be missing from it. The store cannot tell a status from events; the chat service sets each
     * with {@link #statusReviewed}. Empty on PostgreSQL, which needs no rebuild.
     */
    public List<Long> statusesInDoubt() {
        return transactions.read("list the conversations whose status is in doubt", ConversationRows::selectStatusReview);
    }

    /**
     * Sets the status of a conversation {@link #statusesInDoubt} listed (null: leaves the status
     * as it is) and takes it off that list, in one transaction.
     */
    public void statusReviewed(long conversationId, String status) {
        if (status != null) {
            checkStatus(status);
        }
        transactions.write("set the reviewed status of conversation " + conversationId, c -> {
            ConversationRows.statusReviewed(c, conversationId, status);
            return null;
        });
    }

    /**
     * Sets the conversation's status (the bot decides which transitions are allowed) and its
     * {@code updated_at}.
     *
     * @throws UnknownConversationException when there is no such conversation
     */
    public void updateStatus(long conversationId, String status) {
        checkStatus(status);
        Instant now = now();
        transactions.write("set the status of conversation " + conversationId, c -> {
            if (!ConversationRows.updateStatus(c, conversationId, status, now)) {
                throw new UnknownConversationException(conversationId);
            }
            return null;
        });
    }

    /**
     * Stores {@code events} with the conversation's next sequence numbers (taking its row lock
     * until the transaction ends) and, when {@code status} is not null, sets its status. The
     * first event is the client's message {@code clientMessageId} when that is not null.
     */
    private static List<StoredEvent> insertEvents(Connection c, long conversationId, List<NewEvent> events,
                                                  String clientMessageId, String status, Instant now)
            throws SQLException {
        long last = ConversationRows.advanceLastSequence(c, conversationId, events.size(), status, now) - events.size();
        List<StoredEvent> stored = number(conversationId, last, events, clientMessageId, now);
        EventRows.insert(c, stored);
        return stored;
    }

    private static List<StoredEvent> number(long conversationId, long last, List<NewEvent> events,
                                            String clientMessageId, Instant now) {
        List<StoredEvent> stored = new ArrayList<>(events.size());
        for (NewEvent e : events) {
            stored.add(new StoredEvent(conversationId, last + stored.size() + 1, e.type(), e.author(), e.payload(),
                    now, stored.isEmpty() ? clientMessageId : null));
        }
        return List.copyOf(stored);
    }

    private static void checkStatus(String status) {
        Objects.requireNonNull(status, "status");
        if (status.isBlank() || status.length() > 32) {
            throw new IllegalArgumentException("status must be 1..32 characters: '" + status + "'");
        }
    }

    private static void checkClientMessageId(String clientMessageId) {
        Objects.requireNonNull(clientMessageId, "clientMessageId");
        if (clientMessageId.isBlank() || clientMessageId.length() > MAX_CLIENT_MESSAGE_ID_LENGTH) {
            throw new IllegalArgumentException("clientMessageId must be 1.." + MAX_CLIENT_MESSAGE_ID_LENGTH
                    + " characters: '" + clientMessageId + "'");
        }
    }

    /** Now, to the microsecond: what both databases keep, so a stored event equals its read-back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
