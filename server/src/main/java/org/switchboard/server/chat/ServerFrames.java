package org.switchboard.server.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.switchboard.bot.event.CallbackBooked;
import org.switchboard.server.callback.ManageTokens;
import java.util.Locale;
import java.util.Map;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.BotMessage;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.PersonMessage;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.event.QuickReplySelected;
import org.switchboard.bot.event.SurveyCommentReceived;
import org.switchboard.faq.Language;
import org.switchboard.server.jdbc.StoredEvent;

/**
 * Writes the server's frames (docs/protocol.md, "Server → client") as JSON text. Thread-safe.
 */
public final class ServerFrames {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    /** Event fields the visitor's widget never gets: notes between colleagues, resolution codes. */
    private static final java.util.List<String> FOR_STAFF_ONLY = java.util.List.of("note", "resolution");

    private ServerFrames() {
    }

    /** The answer to {@code hello}. */
    public static String welcome(String token, Conversation conversation, long lastSeq, String botName,
                                 Map<String, String> labels) {
        ObjectNode frame = JSON.createObjectNode().put("type", "welcome").put("token", token);
        frame.putObject("conversation")
                .put("language", conversation.language().code())
                .put("status", conversation.status().name().toLowerCase(Locale.ROOT))
                .put("time_zone", conversation.visitorZone().getId());
        frame.put("last_seq", lastSeq).put("bot_name", botName);
        ObjectNode texts = frame.putObject("labels");
        labels.forEach(texts::put);
        frame.putObject("limits").put("text", FrameReader.MAX_TEXT);
        return write(frame);
    }

    /** The client's frame is stored as event {@code seq}. */
    public static String ack(String clientId, long seq) {
        return write(JSON.createObjectNode().put("type", "ack").put("client_id", clientId).put("seq", seq));
    }

    /**
     * One stored event for the visitor's widget: {@code text} is what the widget shows in a bubble
     * (absent for events that are not shown), {@code data} the event's other fields in snake case;
     * a booked call back carries {@code data.manage_token}, derived from the conversation's token (never stored), for
     * the calendar file and the cancel/reschedule page.
     */
    public static String event(StoredEvent stored, ConversationEvent event, String conversationToken) {
        ObjectNode frame = eventNode(stored, event, false);
        if (event instanceof CallbackBooked b && conversationToken != null && frame.get("data") instanceof ObjectNode data) {
            data.put("manage_token", ManageTokens.token(conversationToken, b.reference()));
        }
        return write(frame);
    }

    /**
     * One stored event for staff (the agent console): as {@link #event} plus the
     * {@code conversation_id} and the fields visitors never see (colleagues' notes, resolution codes).
     */
    public static String staffEvent(StoredEvent stored, ConversationEvent event) {
        return write(eventNode(stored, event, true).put("conversation_id", stored.conversationId()));
    }

    private static ObjectNode eventNode(StoredEvent stored, ConversationEvent event, boolean staff) {
        ObjectNode frame = JSON.createObjectNode().put("type", "event").put("seq", stored.sequence())
                .put("at", stored.createdAt().toString())
                .put("kind", PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(stored.type()))
                .put("author", stored.author().name().toLowerCase(Locale.ROOT));
        String text = shownText(event);
        if (text != null) {
            frame.put("text", text);
        }
        if (event instanceof BotMessage m && !m.quickReplies().isEmpty()) {
            ArrayNode replies = frame.putArray("quick_replies");
            for (QuickReply r : m.quickReplies()) {
                replies.addObject().put("id", r.id()).put("label", r.label());
            }
        }
        ObjectNode data = JSON.valueToTree(event);
        data.remove(java.util.List.of("at", "text", "quick_replies"));
        if (!staff) {
            data.remove(FOR_STAFF_ONLY);
        }
        if (data.path("language").isTextual()) {
            Language.find(data.get("language").asText()).ifPresent(l -> data.put("language", l.code()));
        }
        if (!data.isEmpty()) {
            frame.set("data", data);
        }
        return frame;
    }

    /** What a bubble shows for an event: the visitor's words, the chosen label, the bot's words; else null. */
    static String shownText(ConversationEvent event) {
        if (event instanceof BotMessage m) {
            return m.text();
        }
        if (event instanceof MessageReceived m) {
            return m.text();
        }
        if (event instanceof QuickReplySelected q) {
            return q.label();
        }
        if (event instanceof SurveyCommentReceived c) {
            return c.comment();
        }
        if (event instanceof PersonMessage p) {
            return p.text();
        }
        return null;
    }

    public static String typing(String author, boolean on) {
        return write(JSON.createObjectNode().put("type", "typing").put("author", author).put("on", on));
    }

    /** A typing signal for the consoles following a conversation. */
    public static String staffTyping(long conversationId, String author, boolean on) {
        return write(JSON.createObjectNode().put("type", "typing").put("conversation_id", conversationId)
                .put("author", author).put("on", on));
    }

    public static String pong() {
        return "{\"type\":\"pong\"}";
    }

    public static String error(FrameRejected rejected) {
        ObjectNode frame = JSON.createObjectNode().put("type", "error").put("code", rejected.code().wire())
                .put("message", rejected.getMessage());
        if (rejected.clientId() != null) {
            frame.put("client_id", rejected.clientId());
        }
        return write(frame);
    }

    private static String write(ObjectNode frame) {
        try {
            return JSON.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a frame: " + e.getOriginalMessage(), e);
        }
    }
}
