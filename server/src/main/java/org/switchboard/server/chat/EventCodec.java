package org.switchboard.server.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.HashMap;
import java.util.Map;
import org.switchboard.bot.event.BotMessage;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.HelpfulnessAnswered;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.PersonMessage;
import org.switchboard.bot.event.QuickReplySelected;
import org.switchboard.bot.event.SurveyAnswered;
import org.switchboard.bot.event.SurveyCommentReceived;
import org.switchboard.server.jdbc.Author;
import org.switchboard.server.jdbc.NewEvent;
import org.switchboard.server.jdbc.StoredEvent;

/**
 * Maps the bot's events to stored rows and back: the type is the record's simple name, the
 * payload its components as JSON (instants as ISO-8601). Every record permitted by the sealed
 * {@link ConversationEvent} is known, found by walking the permitted subclasses, so a new event
 * type needs no change here. Immutable and thread-safe.
 */
public final class EventCodec {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, Class<?>> types = new HashMap<>();

    public EventCodec() {
        collect(ConversationEvent.class);
    }

    private void collect(Class<?> type) {
        if (type.isRecord()) {
            types.put(type.getSimpleName(), type);
        }
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted != null) {
            for (Class<?> sub : permitted) {
                collect(sub);
            }
        }
    }

    /** The row to append for an event. */
    public NewEvent encode(ConversationEvent event) {
        try {
            return new NewEvent(event.getClass().getSimpleName(), author(event), JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The event a stored row holds; fails naming the conversation, sequence and type when it cannot be read. */
    public ConversationEvent decode(StoredEvent stored) {
        Class<?> type = types.get(stored.type());
        if (type == null) {
            throw new IllegalArgumentException(where(stored) + ": unknown event type '" + stored.type() + "'");
        }
        try {
            return (ConversationEvent) JSON.readValue(stored.payload(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where(stored) + ": unreadable " + stored.type() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Who an event comes from, as the widget shows it. */
    static Author author(ConversationEvent event) {
        if (event instanceof MessageReceived || event instanceof QuickReplySelected || event instanceof SurveyAnswered
                || event instanceof SurveyCommentReceived || event instanceof HelpfulnessAnswered) {
            return Author.VISITOR;
        }
        if (event instanceof BotMessage) {
            return Author.BOT;
        }
        if (event instanceof PersonMessage) {
            return Author.AGENT;
        }
        return Author.SYSTEM;
    }

    private static String where(StoredEvent s) {
        return "conversation " + s.conversationId() + ", event " + s.sequence();
    }
}
