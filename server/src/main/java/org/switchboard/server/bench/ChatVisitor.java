package org.switchboard.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * A visitor of the chat endpoint (docs/protocol.md): says hello, then asks questions and follows
 * each turn: the {@code ack} of its message, the bot's events, and the {@code typing} off that
 * ends the turn. Its latency runs from when the question was due to that end; a turn with no
 * bot event between the ack and that end is silent (the bot keeps quiet while the visitor
 * waits for a person), which is not an error. Turns of one conversation are served
 * in order, so they are matched first in, first out.
 */
final class ChatVisitor extends BenchVisitor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HELLO =
            "{\"type\":\"hello\",\"site_key\":\"bench\",\"language\":\"en\",\"time_zone\":\"Europe/Athens\"}";

    private final BenchQuestions questions;
    private final CompletableFuture<Void> welcomed = new CompletableFuture<>();
    private final Deque<Turn> turns = new ArrayDeque<>(); // guarded by this
    private long asked; // guarded by this
    private volatile long greetingEnd = Long.MAX_VALUE;
    private volatile String token;

    ChatVisitor(int number, Phase phase, BenchQuestions questions) {
        super(number, phase);
        this.questions = questions;
    }

    /** Says hello; the future completes once the welcome and the bot's greeting have arrived. */
    CompletableFuture<Void> hello() {
        send(HELLO);
        return welcomed;
    }

    /** The conversation's token from the welcome, or null before it came. */
    String token() {
        return token;
    }

    /** Asks the next question, timing the turn from {@code dueNanos}. */
    void ask(long dueNanos) {
        Phase p = phase;
        p.sent();
        synchronized (this) {
            long n = asked++;
            String clientId = "v" + number + "-" + n;
            turns.addLast(new Turn(clientId, dueNanos, p));
            send(questions.frame(number, n, clientId));
        }
    }

    @Override
    void received(String text, long nanos) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            phase.errorFrame();
            return;
        }
        if (message.isArray()) { // a turn's frames in one message, in order
            message.forEach(frame -> receivedFrame(frame, nanos));
        } else {
            receivedFrame(message, nanos);
        }
    }

    private void receivedFrame(JsonNode frame, long nanos) {
        switch (frame.path("type").asText()) {
            case "welcome" -> welcome(frame.path("token").asText(null), frame.path("last_seq").asLong());
            case "event" -> event(frame);
            case "ack" -> ack(frame.path("client_id").asText());
            case "typing" -> {
                if (!frame.path("on").asBoolean(true)) {
                    turnEnded(nanos);
                }
            }
            case "error" -> error(frame.path("client_id").asText(null));
            default -> {
            }
        }
    }

    private void welcome(String conversationToken, long lastSeq) {
        token = conversationToken;
        greetingEnd = lastSeq;
        if (lastSeq == 0) {
            welcomed.complete(null);
        }
    }

    private void event(JsonNode frame) {
        if (!welcomed.isDone()) {
            if (frame.path("seq").asLong() >= greetingEnd) {
                welcomed.complete(null);
            }
            return;
        }
        if (frame.path("author").asText().equals("bot")) {
            synchronized (this) {
                Turn t = turns.peekFirst();
                if (t != null && t.acked) {
                    t.answered = true;
                }
            }
        }
    }

    /** Marks the turn acknowledged; turns before it that were never acknowledged were dropped. */
    private void ack(String clientId) {
        long dropped = 0;
        Phase p = phase;
        synchronized (this) {
            while (!turns.isEmpty() && !turns.peekFirst().clientId.equals(clientId)) {
                p = turns.pollFirst().phase;
                dropped++;
            }
            if (!turns.isEmpty()) {
                turns.peekFirst().acked = true;
            }
        }
        p.unanswered(dropped);
    }

    private void turnEnded(long nanos) {
        Turn t;
        synchronized (this) {
            t = turns.pollFirst();
        }
        if (t == null) {
            return;
        }
        if (!t.acked) {
            t.phase.ackMissing();
        }
        t.phase.ended(t.dueNanos, nanos, !t.answered);
        askAgainInClosedLoop();
    }

    /** An error frame; when it names the turn in progress, that turn is over. */
    private void error(String clientId) {
        phase.errorFrame();
        boolean ended;
        synchronized (this) {
            Turn t = turns.peekFirst();
            ended = t != null && t.clientId.equals(clientId);
            if (ended) {
                turns.pollFirst();
            }
        }
        if (ended) {
            askAgainInClosedLoop();
        }
    }

    private void askAgainInClosedLoop() {
        Phase p = phase;
        if (p.closedLoop() && p.sending()) {
            ask(System.nanoTime());
        }
    }

    @Override
    synchronized boolean idle() {
        return turns.isEmpty();
    }

    @Override
    synchronized int abandon() {
        int waiting = turns.size();
        turns.clear();
        return waiting;
    }

    private static final class Turn {
        final String clientId;
        final long dueNanos;
        final Phase phase;
        boolean acked;
        boolean answered;

        Turn(String clientId, long dueNanos, Phase phase) {
            this.clientId = clientId;
            this.dueNanos = dueNanos;
            this.phase = phase;
        }
    }
}
