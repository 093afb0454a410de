package org.switchboard.server.chat;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.switchboard.bot.Bot;
import org.switchboard.bot.Inbound;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.CallbackBooked;
import org.switchboard.bot.event.CallbackBookingRequested;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.CallbackReason;
import org.switchboard.bot.event.ConversationTransferred;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.TypingStarted;
import org.switchboard.faq.Language;
import org.switchboard.server.handoff.HandoffQueue;
import org.switchboard.server.handoff.Place;
import org.switchboard.server.jdbc.ConversationRef;
import org.switchboard.server.jdbc.ConversationRepository;
import org.switchboard.server.jdbc.CreatedConversation;
import org.switchboard.server.jdbc.NewEvent;
import org.switchboard.server.jdbc.StoredEvent;
import org.switchboard.server.jdbc.StoredTurn;

/**
 * Live chat, independent of the transport: starts and resumes conversations, runs each visitor
 * frame through the {@link Bot}, stores the events before anyone hears of them, and sends them to
 * every connection of the conversation. The WebSocket endpoint ({@code server.ws}) only reads
 * frames and applies rate limits.
 *
 * <p>Order of a turn (docs/protocol.md): the bot decides its reply; the visitor's event (with
 * its {@code client_id}), the reply and any change of status are committed in one transaction;
 * once the store confirms the transaction is in the file (with H2, one checkpoint covers every
 * turn committed meanwhile; the worker thread does not wait for it), the visitor's frame is
 * acknowledged, its event sent, the typing indicator goes on, the reply is sent and the
 * indicator goes off, all in one message per connection. A conversation's frames always go out
 * in the order of its turns. Nothing is acknowledged or sent before it is stored, and a turn is stored whole or not at all (the visitor then gets
 * {@code unavailable} and sends again). A frame re-sent with the same {@code client_id} is
 * acknowledged again with the first {@code seq} and changes nothing. {@code TypingStarted} is a
 * signal, not history: it is sent as a {@code typing} frame and not stored.
 *
 * <p>Thread-safe. Turns of one conversation are serialised; different conversations run in
 * parallel. A conversation silent for {@link ChatConfig#idleTimeout()} is ended by the bot
 * (thanks and survey), checked by a background sweep.
 */
public final class ChatService implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ChatService.class.getName());
    private static final int PAGE = ConversationRepository.MAX_PAGE;
    /** Threads sending confirmed turns; a connection slow to read holds one of them. */
    private static final int SENDERS = 4;

    private final ChatConfig config;
    private final Bot bot;
    private final ConversationRepository store;
    private final WidgetLabels labels;
    private final Language siteLanguage;
    private final ZoneId officeZone;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();
    private final Map<Long, LiveConversation> live = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper;
    private final HandoffQueue queue;
    private final ExecutorService lineUpdates;
    /** Sends the frames of turns once they are confirmed stored, off the store's own thread. */
    private final ExecutorService senders;
    private volatile java.util.function.Consumer<String> lineListener = team -> { };
    private volatile CallbackBooker booker;
    private volatile ChatMeter meter = ChatMeter.NONE;
    private volatile java.util.function.BiFunction<String, Place, Optional<CallbackReason>> callbackAdvice =
            (team, place) -> Optional.empty();

    private ChatService(ChatConfig config, Bot bot, ConversationRepository store, HandoffQueue queue, WidgetLabels labels,
                        Language siteLanguage, ZoneId officeZone, Clock clock) {
        this.queue = queue;
        this.lineUpdates = queue == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "chat-queue-updates");
            t.setDaemon(true);
            return t;
        });
        this.config = Objects.requireNonNull(config, "config");
        this.bot = Objects.requireNonNull(bot, "bot");
        this.store = Objects.requireNonNull(store, "store");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.siteLanguage = Objects.requireNonNull(siteLanguage, "siteLanguage");
        this.officeZone = Objects.requireNonNull(officeZone, "officeZone");
        this.clock = Objects.requireNonNull(clock, "clock");
        long every = Math.max(1, Math.min(30, config.idleTimeout().toSeconds() / 4));
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chat-idle-sweep");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweepSafely, every, every, TimeUnit.SECONDS);
        AtomicInteger senderCount = new AtomicInteger();
        senders = Executors.newFixedThreadPool(SENDERS, r -> {
            Thread t = new Thread(r, "chat-send-" + senderCount.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A chat service with its idle sweep running.
     *
     * @param siteLanguage for visitors whose language is unknown or unsupported
     * @param officeZone   for visitors whose time zone is unknown or invalid
     */
    public static ChatService start(ChatConfig config, Bot bot, ConversationRepository store, HandoffQueue queue,
                                    WidgetLabels labels, Language siteLanguage, ZoneId officeZone, Clock clock) {
        return reviewed(new ChatService(config, bot, store, Objects.requireNonNull(queue, "queue"), labels, siteLanguage,
                officeZone, clock));
    }

    /** Without a queue for people: handoffs are stored as events but nobody is put in line (benchmarks). */
    public static ChatService start(ChatConfig config, Bot bot, ConversationRepository store, WidgetLabels labels,
                                    Language siteLanguage, ZoneId officeZone, Clock clock) {
        return reviewed(new ChatService(config, bot, store, null, labels, siteLanguage, officeZone, clock));
    }

    /** {@code service} once the statuses a crash left in doubt are set ({@link StatusReview}). */
    private static ChatService reviewed(ChatService service) {
        StatusReview.run(service.store, id -> service.load(id).state().status());
        return service;
    }

    /**
     * Answers {@code hello}: starts a conversation (the bot greets at once) or resumes the one the
     * token names. Sends {@code welcome}, then every stored event after the client's
     * {@code last_seq}, then subscribes {@code visitor} to what follows. Returns the conversation's id.
     *
     * @throws FrameRejected {@code unknown_conversation} for a token that names no conversation;
     *                       {@code unavailable} when the store fails
     */
    public long hello(ClientFrame.Hello hello, Visitor visitor) {
        try {
            if (hello.token().isPresent()) {
                return resume(hello, visitor);
            }
            return begin(hello, visitor);
        } catch (FrameRejected e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "hello failed", e);
            throw new FrameRejected(ErrorCode.UNAVAILABLE, "the conversation cannot be opened right now; try again");
        }
    }

    private long begin(ClientFrame.Hello hello, Visitor visitor) {
        Language language = hello.language().flatMap(ChatService::language).orElse(siteLanguage);
        ZoneId zone = hello.timeZone().flatMap(ChatService::zone).orElse(officeZone);
        CreatedConversation created = store.create(language.code(), zone);
        long id = created.conversation().id();
        LiveConversation c = new LiveConversation(id, 0, clock.instant());
        c.lock.lock();
        try {
            live.put(id, c);
            List<ConversationEvent> greeting = bot.handle(c.state(), new Inbound.VisitorStarted(language, zone));
            List<ConversationEvent> kept = history(greeting);
            List<StoredEvent> stored = store.append(id, kept.stream().map(codec::encode).toList());
            c.join(visitor);
            c.visitorToken(created.token());
            List<String> frames = new ArrayList<>(stored.size() + 1);
            frames.add(ServerFrames.welcome(created.token(), c.state().with(kept), stored.get(stored.size() - 1).sequence(),
                    config.botName(), labels.in(language)));
            record(c, stored, kept);
            for (int i = 0; i < stored.size(); i++) {
                frames.add(ServerFrames.event(stored.get(i), kept.get(i), created.token()));
            }
            visitor.sendAll(frames);
            return id;
        } finally {
            c.lock.unlock();
        }
    }

    private long resume(ClientFrame.Hello hello, Visitor visitor) {
        String token = hello.token().orElseThrow();
        ConversationRef ref = store.findByToken(token).orElseThrow(() -> new FrameRejected(ErrorCode.UNKNOWN_CONVERSATION,
                "no conversation has this token; start a new one (hello without a token)"));
        while (true) {
            LiveConversation c = acquire(ref.id());
            c.lock.lock();
            try {
                if (c.retired()) {
                    continue;
                }
                settle(c);
                List<String> frames = new ArrayList<>();
                frames.add(ServerFrames.welcome(token, c.state(), c.lastSeq(), config.botName(),
                        labels.in(c.state().language())));
                for (long after = hello.lastSeq(); after < c.lastSeq(); ) {
                    List<StoredEvent> page = store.eventsAfter(c.id, after, PAGE);
                    if (page.isEmpty()) {
                        break;
                    }
                    for (StoredEvent s : page) {
                        frames.add(ServerFrames.event(s, codec.decode(s), token));
                    }
                    visitor.sendAll(frames);
                    frames.clear();
                    after = page.get(page.size() - 1).sequence();
                }
                visitor.sendAll(frames);
                c.join(visitor);
                c.visitorToken(token);
                c.touch(clock.instant());
                if (queue != null && c.state().status() == ConversationStatus.QUEUED) {
                    tellPlace(c);
                }
                return c.id;
            } finally {
                c.lock.unlock();
            }
        }
    }

    /**
     * Runs one visitor frame: stores it (once per {@code client_id}), acknowledges it, and stores
     * and sends the bot's reply.
     *
     * @throws FrameRejected {@code not_started} when {@code visitor} has not said hello to this
     *                       conversation; {@code unavailable} when nothing could be stored
     */
    public void receive(long conversationId, ClientFrame.Visitor frame, Visitor visitor) {
        long arrived = System.nanoTime();
        LiveConversation c = live.get(conversationId);
        if (c == null) {
            throw new FrameRejected(ErrorCode.NOT_STARTED, "say hello again: the conversation was closed on the server", frame.clientId());
        }
        c.lock.lock();
        try {
            if (c.retired() || !c.has(visitor)) {
                throw new FrameRejected(ErrorCode.NOT_STARTED, "say hello again: the conversation was closed on the server", frame.clientId());
            }
            c.touch(clock.instant());
            meter.messageReceived();
            c.arrived(arrived);
            turn(c, inbound(frame), frame.clientId(), visitor);
        } finally {
            c.lock.unlock();
        }
    }

    /**
     * Passes a typing signal on (not stored): the visitor's to the consoles following the
     * conversation, an agent's to the visitor's connections.
     */
    public void typing(long conversationId, boolean fromVisitor, boolean on) {
        LiveConversation c = live.get(conversationId);
        if (c == null) {
            return;
        }
        c.lock.lock();
        try {
            if (fromVisitor) {
                c.toStaff(ServerFrames.staffTyping(conversationId, "visitor", on));
            } else {
                c.broadcast(ServerFrames.typing("agent", on));
            }
        } finally {
            c.lock.unlock();
        }
    }

    /** Unsubscribes a connection that closed. */
    public void leave(long conversationId, Visitor visitor) {
        LiveConversation c = live.get(conversationId);
        if (c == null) {
            return;
        }
        c.lock.lock();
        try {
            c.leave(visitor);
            if (c.unattended() && c.state().status() == ConversationStatus.RESOLVED) {
                retire(c);
            }
        } finally {
            c.lock.unlock();
        }
    }

    /**
     * Ends every conversation silent for longer than the idle timeout (the bot thanks the
     * visitor and asks the survey), and forgets conversations nobody is connected to.
     */
    void sweepIdle() {
        Instant now = clock.instant();
        for (LiveConversation c : live.values()) {
            c.lock.lock();
            try {
                if (c.retired()) {
                    continue;
                }
                boolean idle = Duration.between(c.lastActivity(), now).compareTo(config.idleTimeout()) >= 0;
                if (idle && c.state().started() && c.state().status() != ConversationStatus.RESOLVED) {
                    turn(c, new Inbound.IdleTimedOut(), null, null);
                }
                if (c.unattended() && (idle || c.state().status() == ConversationStatus.RESOLVED)) {
                    retire(c);
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "idle sweep of conversation " + c.id + " failed", e);
            } finally {
                c.lock.unlock();
            }
        }
    }

    private void sweepSafely() {
        try {
            sweepIdle();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "idle sweep failed", e);
        }
    }

    /** Conversations held in memory (connected or recently active). */
    public int liveConversations() {
        return live.size();
    }

    /** Open connections over all conversations. */
    /** Where the service reports messages and reply times ({@code /metrics}); set once at start. */
    public void meter(ChatMeter chatMeter) {
        meter = java.util.Objects.requireNonNull(chatMeter, "chatMeter");
    }

    public int connections() {
        return live.values().stream().mapToInt(LiveConversation::connections).sum();
    }

    /**
     * One turn, under the conversation's lock. {@code clientId} null: the server's own input (idle
     * timeout, place in line, a person's action). Returns the events stored (none for a resend).
     */
    private List<ConversationEvent> turn(LiveConversation c, Inbound inbound, String clientId, Visitor origin) {
        ConversationStatus before = c.state().status();
        List<ConversationEvent> events;
        try {
            events = bot.handle(c.state(), inbound);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the bot failed in conversation " + c.id, e);
            throw new FrameRejected(ErrorCode.UNAVAILABLE, "your message could not be handled right now; send it again", clientId);
        }
        List<ConversationEvent> kept = history(events);
        boolean typing = kept.size() < events.size();
        if (kept.isEmpty()) {
            if (origin != null) {
                long seq = c.lastSeq();
                c.sendInOrder(() -> origin.send(ServerFrames.ack(clientId, seq)));
            }
            return List.of();
        }
        ConversationStatus after = c.state().with(kept).status();
        String status = after != before ? after.name() : null;
        if (clientId != null) {
            if (!visitorTurn(c, clientId, origin, kept, status, typing)) {
                return List.of();
            }
        } else {
            List<StoredEvent> stored = commitServerTurn(c, kept, status);
            if (stored == null) {
                return List.of();
            }
            record(c, stored, kept);
            LiveConversation.Outgoing out = c.expect(() -> sendTurn(c, stored, kept, typing, false, null, null),
                    failure -> LOG.log(System.Logger.Level.WARNING, "a turn of conversation " + c.id
                            + " was not confirmed stored and is not sent: " + failure.getMessage()));
            sendWhenStored(c, out);
        }
        if (queue != null) {
            afterTurn(c, kept, before);
        }
        if (booker != null && clientId != null) {
            kept.stream().filter(CallbackBookingRequested.class::isInstance).map(CallbackBookingRequested.class::cast)
                    .findFirst().ifPresent(r -> book(c, r));
        }
        return kept;
    }

    /**
     * Books the call back the visitor's turn asked for and runs the bot's answer (the confirmation,
     * or the next free slots). A booking whose confirmation cannot be stored is cancelled again.
     */
    private void book(LiveConversation c, CallbackBookingRequested request) {
        CallbackBooker.Result result;
        try {
            result = booker.book(c.id, c.visitorToken(), c.state(), request);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not book a call back in conversation " + c.id, e);
            result = new CallbackBooker.Result(new Inbound.CallbackNotBooked(Inbound.CallbackNotBooked.Why.FAILED), () -> { });
        }
        List<ConversationEvent> answered = turn(c, result.answer(), null, null);
        if (answered.isEmpty()) {
            try {
                result.undo().run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not undo an unconfirmed call back in conversation " + c.id, e);
            }
        }
    }

    /** Books call backs the bot asks for (without one, a booking request is stored and nothing is booked). */
    public void onCallbackBooking(CallbackBooker booker) {
        this.booker = Objects.requireNonNull(booker, "booker");
    }

    /**
     * A visitor's turn: commits it, records it, and queues the acknowledgement and the frames to
     * go out, on a sender thread, once the store confirms the turn is in the file. The worker
     * thread does not wait for the file: it goes on to other visitors' frames, and the store
     * writes many turns at once. Returns false for a resend (nothing new stored).
     */
    private boolean visitorTurn(LiveConversation c, String clientId, Visitor origin, List<ConversationEvent> kept,
                                String status, boolean typing) {
        StoredTurn t = commitTurn(c, clientId, kept, status);
        long ackSeq = t.message().sequence();
        LiveConversation.Outgoing out;
        if (t.duplicate()) {
            out = c.expect(() -> origin.send(ServerFrames.ack(clientId, ackSeq)), failure -> notStored(origin, clientId));
        } else {
            List<StoredEvent> stored = new ArrayList<>(kept.size());
            stored.add(t.message());
            stored.addAll(t.reply());
            record(c, stored, kept);
            long arrived = c.arrived();
            out = c.expect(() -> {
                sendTurn(c, stored, kept, typing, true, origin, ServerFrames.ack(clientId, ackSeq));
                meter.turnAnswered(c.id, System.nanoTime() - arrived);
            }, failure -> notStored(origin, clientId));
        }
        sendWhenStored(c, out);
        return !t.duplicate();
    }

    /** Sends {@code out} (and what waits before it), on a sender thread, once the store confirms it. */
    private void sendWhenStored(LiveConversation c, LiveConversation.Outgoing out) {
        store.whenStored(failure -> {
            out.answer(failure);
            try {
                senders.execute(() -> flush(c));
            } catch (RejectedExecutionException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing: a stored turn of conversation " + c.id + " is not sent");
            }
        });
    }

    private static void notStored(Visitor origin, String clientId) {
        origin.send(ServerFrames.error(new FrameRejected(ErrorCode.UNAVAILABLE,
                "your message was not stored; send it again", clientId)));
    }

    /** Sends what the store has confirmed, in order. On a sender thread. */
    private void flush(LiveConversation c) {
        c.lock.lock();
        try {
            c.flush();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not send the turns of conversation " + c.id, e);
        } finally {
            c.lock.unlock();
        }
    }

    /**
     * Under the conversation's lock: waits until every turn committed in it is confirmed stored
     * and sends what waited, so that what is sent next (a server turn, a resumed history) comes
     * after it and nothing is sent twice.
     */
    private void settle(LiveConversation c) {
        if (c.awaitingStore()) {
            store.awaitStored();
        }
        c.flush();
    }

    /** Commits the visitor's event, the bot's reply and the new status in one transaction, before anything is sent. */
    private StoredTurn commitTurn(LiveConversation c, String clientId, List<ConversationEvent> kept, String status) {
        try {
            return store.commitTurn(c.id, clientId, codec.encode(kept.get(0)), encode(kept.subList(1, kept.size())), status);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not store a turn in conversation " + c.id, e);
            throw new FrameRejected(ErrorCode.UNAVAILABLE, "your message was not stored; send it again", clientId);
        }
    }

    /**
     * Commits the server's own turn and the new status in one transaction; null when that failed
     * (nothing was stored, and the conversation stays as it was).
     */
    private List<StoredEvent> commitServerTurn(LiveConversation c, List<ConversationEvent> kept, String status) {
        try {
            return store.commitEvents(c.id, encode(kept), status);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not store the server's turn in conversation " + c.id, e);
            return null;
        }
    }

    /** Records a stored turn in the conversation's state (nothing is sent). */
    private static void record(LiveConversation c, List<StoredEvent> stored, List<ConversationEvent> kept) {
        kept.forEach(c::replayed);
        c.loadedThrough(stored.get(stored.size() - 1).sequence());
    }

    /**
     * Sends a stored turn to every connection, in the protocol's order, as one message per
     * connection: the acknowledgement (to {@code origin} only, when {@code ack} is not null), the
     * visitor's own event (when {@code visitorFirst}), typing on, the bot's events, typing off.
     */
    private static void sendTurn(LiveConversation c, List<StoredEvent> stored, List<ConversationEvent> kept, boolean typing,
                                 boolean visitorFirst, Visitor origin, String ack) {
        List<String> frames = new ArrayList<>(stored.size() + 2);
        int i = 0;
        if (visitorFirst) {
            frames.add(ServerFrames.event(stored.get(0), kept.get(0), c.visitorToken()));
            i = 1;
        }
        if (typing) {
            frames.add(ServerFrames.typing("bot", true));
        }
        for (; i < stored.size(); i++) {
            frames.add(ServerFrames.event(stored.get(i), kept.get(i), c.visitorToken()));
        }
        if (typing) {
            frames.add(ServerFrames.typing("bot", false));
        }
        List<String> staffFrames = new ArrayList<>(c.watched() ? stored.size() : 0);
        if (c.watched()) {
            for (int j = 0; j < stored.size(); j++) {
                staffFrames.add(ServerFrames.staffEvent(stored.get(j), kept.get(j)));
            }
        }
        c.broadcastTurn(frames, origin, ack, staffFrames);
    }

    private List<NewEvent> encode(List<ConversationEvent> events) {
        return events.stream().map(codec::encode).toList();
    }

    /**
     * Keeps the line for people in step with the turn just stored: a new handoff joins its team's
     * line and the visitor hears their place; a visitor who stops waiting leaves it, and everyone
     * behind them hears their new place.
     */
    private void afterTurn(LiveConversation c, List<ConversationEvent> stored, ConversationStatus before) {
        ConversationStatus now = c.state().status();
        try {
            Optional<HandoffRequested> asked = stored.stream().filter(HandoffRequested.class::isInstance)
                    .map(HandoffRequested.class::cast).findFirst();
            Optional<ConversationTransferred> passed = stored.stream().filter(ConversationTransferred.class::isInstance)
                    .map(ConversationTransferred.class::cast).findFirst();
            if (asked.isPresent() && now == ConversationStatus.QUEUED) {
                HandoffRequested h = asked.get();
                Place place = queue.enqueue(c.id, h.team(), h.reason().name(), h.topic(), c.state().language().code(),
                        c.lastVisitorText());
                tellPlace(c);
                callbackAdvice.apply(h.team(), place).ifPresent(reason -> turn(c, new Inbound.CallbackAdvised(reason), null, null));
                onceStored(() -> announce(h.team()));
            } else if (passed.isPresent() && now == ConversationStatus.QUEUED) {
                ConversationTransferred t = passed.get();
                queue.enqueue(c.id, t.team(), "TRANSFERRED", null, c.state().language().code(),
                        t.note() != null ? t.note() : c.lastVisitorText());
                c.forgetQueuePosition();
                tellPlace(c);
                onceStored(() -> announce(t.team()));
            } else if (before == ConversationStatus.QUEUED && now != ConversationStatus.QUEUED) {
                boolean booked = stored.stream().anyMatch(CallbackBooked.class::isInstance);
                queue.leave(c.id, now == ConversationStatus.RESOLVED ? "visitor_left" : booked ? "callback" : "closed")
                        .ifPresent(team -> onceStored(() -> lineMoved(team)));
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not update the line for people after conversation " + c.id, e);
        }
    }

    /** Runs {@code news} (quick: it hands work to another thread) once what was committed so far is in the file. */
    private void onceStored(Runnable news) {
        store.whenStored(failure -> {
            if (failure == null) {
                news.run();
            } else {
                LOG.log(System.Logger.Level.WARNING, "a change to a line was not confirmed stored: " + failure.getMessage());
            }
        });
    }

    /** Tells a waiting visitor their place, if it changed since they were last told. Under the conversation's lock. */
    private void tellPlace(LiveConversation c) {
        Optional<Place> place = queue.placeOf(c.id);
        if (place.isPresent() && place.get().position() != c.lastQueuePosition()) {
            turn(c, new Inbound.QueueChanged(place.get().position(), place.get().estimatedWait()), null, null);
        }
    }

    /** Called (in the background) with the team whenever someone joins or leaves a line: the agent consoles. */
    public void onLineChange(java.util.function.Consumer<String> listener) {
        this.lineListener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Decides, when a visitor joins a line, whether to offer a call back instead (nobody
     * available, a long wait); the bot itself offers one when the team is away.
     */
    public void onCallbackAdvice(java.util.function.BiFunction<String, Place, Optional<CallbackReason>> advice) {
        this.callbackAdvice = Objects.requireNonNull(advice, "advice");
    }

    private void announce(String team) {
        lineUpdates.execute(() -> {
            try {
                lineListener.accept(team);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a line listener failed", e);
            }
        });
    }

    /**
     * Runs input that comes from the server side (an agent's action) in a conversation, connected
     * or not, and returns what was stored (empty: the input did not fit the conversation's
     * status, and nothing changed).
     *
     * @throws org.switchboard.server.jdbc.UnknownConversationException when there is no such conversation
     */
    public List<ConversationEvent> serverTurn(long conversationId, Inbound inbound) {
        while (true) {
            LiveConversation c = acquire(conversationId);
            c.lock.lock();
            try {
                if (c.retired()) {
                    continue;
                }
                c.touch(clock.instant());
                List<ConversationEvent> stored = turn(c, inbound, null, null);
                settle(c); // stored in the file and sent before the caller hears of it
                return stored;
            } finally {
                c.lock.unlock();
            }
        }
    }

    /**
     * Lets a staff connection follow a conversation: it gets every stored event from now on, in
     * the staff form ({@link ServerFrames#staffEvent}); returns the whole stored log so far, in
     * order, read under the same lock so nothing falls between.
     */
    public List<String> watch(long conversationId, Visitor staff) {
        while (true) {
            LiveConversation c = acquire(conversationId);
            c.lock.lock();
            try {
                if (c.retired()) {
                    continue;
                }
                settle(c);
                List<String> frames = new ArrayList<>();
                for (long after = 0; after < c.lastSeq(); ) {
                    List<StoredEvent> page = store.eventsAfter(c.id, after, PAGE);
                    if (page.isEmpty()) {
                        break;
                    }
                    for (StoredEvent e : page) {
                        frames.add(ServerFrames.staffEvent(e, codec.decode(e)));
                    }
                    after = page.get(page.size() - 1).sequence();
                }
                c.watch(staff);
                return frames;
            } finally {
                c.lock.unlock();
            }
        }
    }

    /** Stops sending a conversation's events to a staff connection. */
    public void unwatch(long conversationId, Visitor staff) {
        LiveConversation c = live.get(conversationId);
        if (c != null) {
            c.lock.lock();
            try {
                c.unwatch(staff);
            } finally {
                c.lock.unlock();
            }
        }
    }

    /** The conversation's state as the bot sees it (status, language…). */
    public Conversation state(long conversationId) {
        LiveConversation c = acquire(conversationId);
        c.lock.lock();
        try {
            return c.state();
        } finally {
            c.lock.unlock();
        }
    }

    /**
     * Someone left the team's line or was picked up: every connected visitor still in it hears
     * their new place. Runs in the background, one conversation lock at a time.
     */
    public void lineMoved(String team) {
        if (queue == null) {
            return;
        }
        announce(team);
        lineUpdates.execute(() -> {
            for (long id : queue.waiting(team)) {
                LiveConversation c = live.get(id);
                if (c == null) {
                    continue; // told on reconnect
                }
                c.lock.lock();
                try {
                    if (!c.retired() && c.state().status() == ConversationStatus.QUEUED) {
                        tellPlace(c);
                    }
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "could not tell conversation " + id + " its place", e);
                } finally {
                    c.lock.unlock();
                }
            }
        });
    }

    /** The conversation in memory, loaded from the store on first use. */
    private LiveConversation acquire(long id) {
        LiveConversation c = live.get(id);
        if (c != null) {
            return c;
        }
        LiveConversation loaded = load(id);
        LiveConversation raced = live.putIfAbsent(id, loaded);
        return raced != null ? raced : loaded;
    }

    /** The conversation as its stored events make it. */
    private LiveConversation load(long id) {
        LiveConversation loaded = new LiveConversation(id, 0, clock.instant());
        long last = 0;
        for (List<StoredEvent> page = store.eventsAfter(id, 0, PAGE); !page.isEmpty(); page = store.eventsAfter(id, last, PAGE)) {
            for (StoredEvent s : page) {
                loaded.replayed(codec.decode(s));
            }
            last = page.get(page.size() - 1).sequence();
            if (page.size() < PAGE) {
                break;
            }
        }
        loaded.loadedThrough(last);
        return loaded;
    }

    private void retire(LiveConversation c) {
        c.retire();
        live.remove(c.id, c);
    }

    /** The events that are history (stored and numbered): all but the typing signal. */
    private static List<ConversationEvent> history(List<ConversationEvent> events) {
        return events.stream().filter(e -> !(e instanceof TypingStarted)).toList();
    }

    private static Inbound inbound(ClientFrame.Visitor frame) {
        if (frame instanceof ClientFrame.Message m) {
            return new Inbound.VisitorMessage(m.text());
        }
        if (frame instanceof ClientFrame.QuickReply q) {
            return new Inbound.QuickReplyChosen(q.replyId());
        }
        if (frame instanceof ClientFrame.Person) {
            return new Inbound.PersonRequested();
        }
        if (frame instanceof ClientFrame.Close) {
            return new Inbound.VisitorClosed();
        }
        ClientFrame.Survey s = (ClientFrame.Survey) frame;
        return s.rating().isPresent() ? new Inbound.SurveyRated(s.rating().getAsInt())
                : new Inbound.SurveyCommented(s.comment().orElseThrow());
    }

    private static Optional<Language> language(String tag) {
        String primary = tag.strip().split("[-_]")[0];
        return Language.find(primary).filter(l -> l.code().equalsIgnoreCase(primary) || primary.equalsIgnoreCase("fil"));
    }

    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        senders.shutdown();
        if (lineUpdates != null) {
            lineUpdates.shutdownNow();
        }
    }
}
