package org.switchboard.server.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.switchboard.bot.FaqSearch;
import org.switchboard.bot.Inbound;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.CallbackReason;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.faq.Candidate;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.FaqEntry;
import org.switchboard.server.chat.ChatService;
import org.switchboard.server.chat.ErrorCode;
import org.switchboard.server.chat.FrameRejected;
import org.switchboard.server.handoff.Place;
import org.switchboard.server.jdbc.Handoff;
import org.switchboard.server.jdbc.HandoffRepository;

/**
 * The agents' side of live chat: who is connected and available, the lines per team, taking a
 * conversation (one winner), and what an agent does in it (write, pass on, hand back, close).
 * Every change to a line is pushed to every console. Agents' actions reach the visitor through
 * {@link ChatService#serverTurn}, so they are stored before anyone sees them, like visitors'
 * messages. Thread-safe.
 */
public final class AgentDesk {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CANNED_RESULTS = 5;

    private final ChatService chat;
    private final HandoffRepository handoffs;
    private final FaqSearch faq;
    private final ToneGuard tone;
    private final List<String> teams;
    private final Set<AgentLink> links = new CopyOnWriteArraySet<>();
    private final Map<Long, Boolean> available = new ConcurrentHashMap<>();

    private volatile java.util.function.BiConsumer<String, java.time.Duration> pickUps = (team, wait) -> { };

    /** Hears of each pick-up: the team and how long the visitor waited (for {@code /metrics}). */
    public void onPickUp(java.util.function.BiConsumer<String, java.time.Duration> listener) {
        pickUps = java.util.Objects.requireNonNull(listener, "listener");
    }

    public AgentDesk(ChatService chat, HandoffRepository handoffs, FaqSearch faq, ToneGuard tone, List<String> teams) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.handoffs = Objects.requireNonNull(handoffs, "handoffs");
        this.faq = Objects.requireNonNull(faq, "faq");
        this.tone = Objects.requireNonNull(tone, "tone");
        this.teams = List.copyOf(teams);
    }

    /** A console connected: it gets the desk (who, availability, lines, its conversations, the tone rules). */
    public void connect(AgentLink link) {
        links.add(link);
        available.putIfAbsent(link.agent().id(), Boolean.FALSE);
        ObjectNode desk = frame("desk");
        Agent a = link.agent();
        desk.putObject("agent").put("id", a.id()).put("name", a.name()).put("supervisor", a.supervisor());
        desk.put("available", available.get(a.id()));
        ArrayNode t = desk.putArray("teams");
        teams.stream().filter(a::serves).forEach(t::add);
        desk.set("queue", queue(a));
        ArrayNode mine = desk.putArray("mine");
        for (Handoff h : handoffs.activeFor(a.id())) {
            mine.addObject().put("conversation_id", h.conversationId()).put("team", h.team())
                    .put("language", h.language()).put("first_message", h.firstMessage());
        }
        desk.set("tone", JSON.valueToTree(tone.byLanguage()));
        link.send(desk.toString());
    }

    public void disconnect(AgentLink link) {
        links.remove(link);
        if (links.stream().noneMatch(l -> l.agent().id() == link.agent().id())) {
            available.put(link.agent().id(), Boolean.FALSE);
        }
    }

    /** Agents available now for {@code team}: an agent away, or with no console open, is not. */
    public int availableFor(String team) {
        return (int) links.stream().map(AgentLink::agent).distinct()
                .filter(a -> Boolean.TRUE.equals(available.get(a.id())) && a.serves(team)).count();
    }

    /**
     * Whether to offer a waiting visitor a call back: nobody available for the team, or an
     * estimated wait over {@code limit}.
     */
    public Optional<CallbackReason> callbackAdvice(String team, Place place, java.time.Duration limit) {
        if (availableFor(team) == 0) {
            return Optional.of(CallbackReason.NO_AGENT);
        }
        return place.estimatedWait().filter(w -> w.compareTo(limit) > 0).map(w -> CallbackReason.LONG_WAIT);
    }

    public void setAvailable(AgentLink link, boolean on) {
        available.put(link.agent().id(), on);
        link.send(frame("availability").put("available", on).toString());
    }

    /**
     * Takes a waiting conversation. Of several agents taking it at once exactly one wins (the
     * store decides); the others are told who has it.
     */
    public void take(AgentLink link, long handoffId) {
        Agent a = link.agent();
        Handoff h = handoffs.find(handoffId).orElseThrow(() -> new FrameRejected(ErrorCode.BAD_FRAME,
                "no handoff " + handoffId));
        if (!a.serves(h.team())) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "only supervisors take conversations from the '" + h.team() + "' line");
        }
        if (!handoffs.pickUp(handoffId, a.id(), a.name())) {
            Handoff now = handoffs.find(handoffId).orElseThrow();
            ObjectNode failed = frame("take_failed").put("handoff_id", handoffId);
            failed.put("taken_by", now.agentName() != null ? now.agentName() : null);
            failed.put("message", now.agentName() != null ? now.agentName() + " has already taken this conversation"
                    : "the visitor is no longer waiting");
            link.send(failed.toString());
            return;
        }
        pickUps.accept(h.team(), java.time.Duration.between(h.requestedAt(), java.time.Instant.now()));
        List<ConversationEvent> joined = chat.serverTurn(h.conversationId(), new Inbound.AgentTookOver(a.name(), h.team()));
        link.send(frame("taken").put("handoff_id", handoffId).put("conversation_id", h.conversationId())
                .put("joined", !joined.isEmpty()).toString());
        open(link, h.conversationId());
        queueChanged();
        chat.lineMoved(h.team());
    }

    /** Shows a conversation: its whole log, its handoff, and what the FAQ finds for the visitor's last words. */
    public void open(AgentLink link, long conversationId) {
        List<String> events = chat.watch(conversationId, link);
        Conversation state = chat.state(conversationId);
        ObjectNode view = frame("conversation").put("conversation_id", conversationId)
                .put("language", state.language().code())
                .put("status", state.status().name().toLowerCase(java.util.Locale.ROOT));
        List<Handoff> history = handoffs.forConversation(conversationId);
        if (!history.isEmpty()) {
            Handoff last = history.get(history.size() - 1);
            view.putObject("handoff").put("team", last.team()).put("reason", last.reason()).put("topic", last.topic())
                    .put("requested_at", last.requestedAt().toString())
                    .put("agent", last.agentName());
            if (last.firstMessage() != null) {
                FaqAnswer found = faq.ask(last.firstMessage(), state.language());
                ObjectNode f = view.putObject("faq").put("question", last.firstMessage())
                        .put("decision", found.decision().name().toLowerCase(java.util.Locale.ROOT))
                        .put("confidence", found.confidence());
                ArrayNode candidates = f.putArray("candidates");
                for (Candidate c : found.candidates()) {
                    ObjectNode o = candidates.addObject().put("faq_id", c.faqId()).put("confidence", c.confidence());
                    faq.entry(c.faqId()).ifPresent(e -> o.put("question", e.question()));
                }
            }
        }
        ArrayNode log = view.putArray("events");
        for (String e : events) {
            log.add(read(e));
        }
        link.send(view.toString());
    }

    public void close(AgentLink link, long conversationId) {
        chat.unwatch(conversationId, link);
    }

    /**
     * The agent writes to the visitor. A reply with a phrase the tone guard flags is not sent
     * unless {@code anyway}: the console gets the suggestion instead.
     */
    public void write(AgentLink link, long conversationId, String clientId, String text, boolean anyway) {
        requireTheirs(link, conversationId, clientId);
        if (!anyway) {
            Optional<ToneGuard.Rule> flagged = tone.check(text);
            if (flagged.isPresent()) {
                link.send(frame("tone").put("client_id", clientId).put("conversation_id", conversationId)
                        .put("avoid", flagged.get().avoid()).put("suggest", flagged.get().suggest()).toString());
                return;
            }
        }
        List<ConversationEvent> sent = chat.serverTurn(conversationId, new Inbound.AgentWrote(link.agent().name(), text));
        link.send(frame("ack").put("client_id", clientId).put("stored", !sent.isEmpty()).toString());
    }

    /** The agent started or stopped typing a reply: the visitor sees the indicator. */
    public void typing(AgentLink link, long conversationId, boolean on) {
        requireTheirs(link, conversationId, null);
        chat.typing(conversationId, false, on);
    }

    public void transfer(AgentLink link, long conversationId, String team, String note) {
        requireTheirs(link, conversationId, null);
        if (!teams.contains(team)) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "unknown team '" + team + "' (teams: " + String.join(", ", teams) + ")");
        }
        chat.serverTurn(conversationId, new Inbound.AgentTransferred(link.agent().name(), team, note));
        chat.unwatch(conversationId, link);
        queueChanged();
    }

    public void handBack(AgentLink link, long conversationId) {
        requireTheirs(link, conversationId, null);
        chat.serverTurn(conversationId, new Inbound.AgentHandedBack(link.agent().name()));
    }

    public void closeConversation(AgentLink link, long conversationId, String resolution) {
        requireTheirs(link, conversationId, null);
        chat.serverTurn(conversationId, new Inbound.AgentClosed(link.agent().name(), resolution));
    }

    /** FAQ answers to paste as replies, for a search typed at the console. */
    public void canned(AgentLink link, long conversationId, String query) {
        Conversation state = chat.state(conversationId);
        FaqAnswer found = faq.ask(query, state.language());
        ArrayNode results = JSON.createArrayNode();
        for (Candidate c : found.candidates().stream().limit(CANNED_RESULTS).toList()) {
            faq.entry(c.faqId()).ifPresent(e -> results.addObject().put("faq_id", e.id())
                    .put("question", question(e, state)).put("answer", answer(e, state)));
        }
        ObjectNode f = frame("canned").put("conversation_id", conversationId).put("query", query);
        f.set("results", results);
        link.send(f.toString());
    }

    private static String question(FaqEntry e, Conversation state) {
        FaqEntry.Translation t = e.translations().get(state.language());
        return t != null ? t.question() : e.question();
    }

    private static String answer(FaqEntry e, Conversation state) {
        FaqEntry.Translation t = e.translations().get(state.language());
        return t != null ? t.answer() : e.answer();
    }

    /** Every console gets the lines again (they are short; a full snapshot keeps consoles simple and right). */
    public void queueChanged() {
        for (AgentLink l : links) {
            ObjectNode q = frame("queue");
            q.set("queue", queue(l.agent()));
            l.send(q.toString());
        }
    }

    private ArrayNode queue(Agent a) {
        ArrayNode out = JSON.createArrayNode();
        for (String team : teams) {
            if (!a.serves(team)) {
                continue;
            }
            for (Handoff h : handoffs.waiting(team)) {
                out.addObject().put("handoff_id", h.id()).put("conversation_id", h.conversationId()).put("team", h.team())
                        .put("reason", h.reason()).put("topic", h.topic()).put("language", h.language())
                        .put("first_message", h.firstMessage()).put("requested_at", h.requestedAt().toString());
            }
        }
        return out;
    }

    private void requireTheirs(AgentLink link, long conversationId, String clientId) {
        Conversation state = chat.state(conversationId);
        boolean theirs = state.status() == ConversationStatus.WITH_AGENT && handoffs.forConversation(conversationId).stream()
                .reduce((x, y) -> y).map(h -> h.agentId() != null && h.agentId() == link.agent().id()).orElse(false);
        if (!theirs) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "conversation " + conversationId + " is not yours: take it first",
                    clientId);
        }
    }

    private static ObjectNode frame(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
