package org.switchboard.server.bench;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;
import org.switchboard.server.jdbc.ConversationRef;
import org.switchboard.server.jdbc.ConversationRepository;
import org.switchboard.server.jdbc.NewEvent;
import org.switchboard.server.jdbc.StoredEvent;

/**
 * The two parts of a bot turn that cost the most, each alone in this process with no WebSocket,
 * JSON frames or bot logic around it: the FAQ's {@link FaqIndex#ask} of the visitors' questions,
 * and the store committing a turn ({@link ConversationRepository#commitTurn}, then made durable by
 * the store's group checkpoint). The store replays the turns the bot phase stored, event for
 * event, into conversations of its own. Together they bound what the whole turn can reach.
 */
public final class TurnParts {
    /** How many of the bot phase's conversations are read back for turns to replay. */
    static final int CONVERSATIONS_READ = 100;

    private final FaqIndex index;
    private final Language language;
    private final ConversationRepository store;
    private final int storeWorkers;

    /**
     * @param language     the fallback language of every question, as the benchmark's visitors say hello in
     * @param storeWorkers threads committing turns at once (e.g. the pool's connections: a
     *                     database across the network needs more than one per core to keep the
     *                     cores busy)
     */
    public TurnParts(FaqIndex index, Language language, ConversationRepository store, int storeWorkers) {
        this.index = Objects.requireNonNull(index, "index");
        this.language = Objects.requireNonNull(language, "language");
        this.store = Objects.requireNonNull(store, "store");
        if (storeWorkers < 1) {
            throw new IllegalArgumentException("storeWorkers < 1");
        }
        this.storeWorkers = storeWorkers;
    }

    /** {@code ask} of the questions in turn, on one thread per core. */
    PhaseResult faq(ChatBenchmark.Settings settings, List<String> questions, Consumer<String> progress)
            throws InterruptedException {
        WorkerLoop loop = new WorkerLoop("faq", settings, Runtime.getRuntime().availableProcessors(), progress);
        return loop.run(n -> index.ask(questions.get((int) (n % questions.size())), language), () -> { });
    }

    /**
     * Replays {@code turns} into {@code conversations} new conversations, round robin, as the chat
     * commits a visitor's turn; after the window, waits until every committed turn is durable. As
     * many conversations as the bot phase had visitors: each turn then changes pages of its own
     * (its conversation's row and index entries), as in the chat, where fewer conversations would
     * share pages between the turns of one checkpoint and make the store look cheaper.
     */
    PhaseResult commit(ChatBenchmark.Settings settings, List<Turn> turns, int conversations, Consumer<String> progress)
            throws InterruptedException {
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("no turns to replay");
        }
        long[] ids = new long[conversations];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = store.create(language.code(), ZoneOffset.UTC).conversation().id();
        }
        WorkerLoop loop = new WorkerLoop("commit", settings, storeWorkers, progress);
        return loop.run(n -> {
            Turn t = turns.get((int) (n % turns.size()));
            store.commitTurn(ids[(int) (n % ids.length)], "s" + n, t.message(), t.reply(), null);
        }, store::awaitStored);
    }

    /**
     * The visitors' turns stored in the conversations of these tokens (at most
     * {@value #CONVERSATIONS_READ} of them; null for a visitor never welcomed), in order.
     */
    List<Turn> storedTurns(List<String> tokens) {
        List<Turn> out = new ArrayList<>();
        for (String token : tokens.subList(0, Math.min(tokens.size(), CONVERSATIONS_READ))) {
            ConversationRef c = token == null ? null : store.findByToken(token).orElse(null);
            if (c != null) {
                out.addAll(turns(store.eventsAfter(c.id(), 0, ConversationRepository.MAX_PAGE)));
            }
        }
        return out;
    }

    /**
     * A conversation's events cut into the visitor's turns: each visitor message stored with the
     * client's id, and the events committed with it (those right after it with the same time);
     * what the server stored on its own (the greeting, a place in line) is left out.
     */
    static List<Turn> turns(List<StoredEvent> events) {
        List<Turn> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            StoredEvent m = events.get(i);
            if (m.clientMessageId() == null) {
                continue;
            }
            List<NewEvent> reply = new ArrayList<>();
            for (int j = i + 1; j < events.size() && events.get(j).clientMessageId() == null
                    && events.get(j).createdAt().equals(m.createdAt()); j++) {
                reply.add(asNew(events.get(j)));
            }
            out.add(new Turn(asNew(m), List.copyOf(reply)));
        }
        return out;
    }

    private static NewEvent asNew(StoredEvent e) {
        return new NewEvent(e.type(), e.author(), e.payload());
    }

    /** A visitor's message and what was committed with it. */
    record Turn(NewEvent message, List<NewEvent> reply) {
    }
}
