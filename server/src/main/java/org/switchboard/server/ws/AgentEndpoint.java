package org.switchboard.server.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.switchboard.server.agent.Agent;
import org.switchboard.server.agent.AgentAuthenticator;
import org.switchboard.server.agent.AgentDesk;
import org.switchboard.server.agent.AgentLink;
import org.switchboard.server.agent.CallbackDesk;
import org.switchboard.server.chat.ErrorCode;
import org.switchboard.server.chat.FrameReader;
import org.switchboard.server.chat.FrameRejected;
import org.switchboard.server.chat.ServerFrames;
import org.switchboard.server.http.WebServer;

/**
 * The agent console's WebSocket, {@code /ws/agent} (docs/agent-protocol.md). Only for a signed-in
 * agent: the staff session cookie is checked during the handshake, and so is the {@code Origin}
 * (a cookie-authenticated socket must not be opened by another site's page); otherwise the
 * connection is closed at once with 1008. One instance per connection.
 */
public final class AgentEndpoint extends Endpoint implements AgentLink {
    public static final String PATH = "/agent";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(AgentEndpoint.class.getName());

    private final AgentDesk desk;
    private final CallbackDesk callbacks;
    private Session session;
    private Agent agent;

    AgentEndpoint(AgentDesk desk, CallbackDesk callbacks) {
        this.desk = desk;
        this.callbacks = callbacks;
    }

    /** The console's WebSocket without call backs. */
    public static ServerEndpointConfig config(AgentDesk desk, AgentAuthenticator authenticator) {
        return config(desk, null, authenticator);
    }

    /** The console's WebSocket; {@code callbacks} null: without call backs. */
    public static ServerEndpointConfig config(AgentDesk desk, CallbackDesk callbacks, AgentAuthenticator authenticator) {
        return ServerEndpointConfig.Builder.create(AgentEndpoint.class, PATH)
                .configurator(new StaffHandshake(authenticator, "sign in first", () -> new AgentEndpoint(desk, callbacks)))
                .build();
    }




    @Override
    public void onOpen(Session session, EndpointConfig config) {
        this.session = session;
        Optional<Agent> who = StaffHandshake.admitted(session);
        if (who.isEmpty()) {
            close(CloseReason.CloseCodes.VIOLATED_POLICY, StaffHandshake.refusal(session).orElse("sign in first"));
            return;
        }
        this.agent = who.get();
        session.setMaxTextMessageBufferSize(WebServer.MAX_FRAME_BYTES);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onText);
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) b ->
                close(CloseReason.CloseCodes.CANNOT_ACCEPT, "binary frames are not accepted"));
        desk.connect(this);
        if (callbacks != null) {
            callbacks.connect(this);
        }
    }

    @Override
    public Agent agent() {
        return agent;
    }

    void onText(String text) {
        String clientId = null;
        try {
            JsonNode f = JSON.readTree(text);
            if (f == null || !f.isObject() || !f.path("type").isTextual()) {
                throw new FrameRejected(ErrorCode.BAD_FRAME, "a frame must be a JSON object with a 'type'");
            }
            clientId = f.path("client_id").isTextual() ? f.get("client_id").asText() : null;
            dispatch(f, clientId);
        } catch (JsonProcessingException e) {
            send(ServerFrames.error(new FrameRejected(ErrorCode.BAD_FRAME, "not JSON: " + e.getOriginalMessage())));
        } catch (FrameRejected e) {
            send(ServerFrames.error(e));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "agent frame failed", e);
            send(ServerFrames.error(new FrameRejected(ErrorCode.UNAVAILABLE, "that did not work; try again", clientId)));
        }
    }

    private void dispatch(JsonNode f, String clientId) {
        switch (f.get("type").asText()) {
            case "ping" -> send(ServerFrames.pong());
            case "availability" -> desk.setAvailable(this, bool(f, "available"));
            case "take" -> desk.take(this, id(f, "handoff_id"));
            case "open" -> desk.open(this, id(f, "conversation_id"));
            case "close_view" -> desk.close(this, id(f, "conversation_id"));
            case "message" -> desk.write(this, id(f, "conversation_id"), required(f, "client_id", 128), text(f, "text"),
                    f.path("anyway").asBoolean(false));
            case "transfer" -> desk.transfer(this, id(f, "conversation_id"), required(f, "team", 64),
                    f.path("note").isTextual() ? f.get("note").asText() : null);
            case "hand_back" -> desk.handBack(this, id(f, "conversation_id"));
            case "close" -> desk.closeConversation(this, id(f, "conversation_id"), required(f, "resolution", 64));
            case "typing" -> desk.typing(this, id(f, "conversation_id"), bool(f, "on"));
            case "canned" -> desk.canned(this, id(f, "conversation_id"), text(f, "query"));
            case "callback_claim" -> callbacks().claim(this, id(f, "callback_id"));
            case "callback_call" -> callbacks().call(this, id(f, "callback_id"));
            case "callback_slots" -> callbacks().slots(this, id(f, "callback_id"));
            case "callback_outcome" -> callbacks().outcome(this, id(f, "callback_id"), required(f, "outcome", 32),
                    optional(f, "note"), optional(f, "new_start"));
            case "rota" -> callbacks().rota(this, required(f, "team", 64));
            case "rota_save" -> callbacks().saveRota(this, required(f, "team", 64), f.get("shifts"));
            case "rota_reset" -> callbacks().resetRota(this, required(f, "team", 64));
            default -> throw new FrameRejected(ErrorCode.UNKNOWN_TYPE, "unknown frame type '" + f.get("type").asText()
                    + "' (known: ping, availability, take, open, close_view, message, typing, transfer, hand_back, close, canned,"
                    + " callback_claim, callback_call, callback_slots, callback_outcome, rota, rota_save, rota_reset)", clientId);
        }
    }

    private CallbackDesk callbacks() {
        if (callbacks == null) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "call backs are not kept by this server");
        }
        return callbacks;
    }

    private static String optional(JsonNode f, String field) {
        JsonNode n = f.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "'" + f.get("type").asText() + "': '" + field + "' must be text");
        }
        return n.asText().isBlank() ? null : n.asText();
    }

    private static long id(JsonNode f, String field) {
        JsonNode n = f.get(field);
        if (n == null || !n.canConvertToLong() || !n.isIntegralNumber()) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "'" + f.get("type").asText() + "' needs '" + field + "' (a number)");
        }
        return n.longValue();
    }

    private static boolean bool(JsonNode f, String field) {
        if (!f.path(field).isBoolean()) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "'" + f.get("type").asText() + "' needs '" + field + "' (true or false)");
        }
        return f.get(field).booleanValue();
    }

    private static String required(JsonNode f, String field, int max) {
        JsonNode n = f.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank() || n.asText().length() > max) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "'" + f.get("type").asText() + "' needs '" + field + "' (1.." + max + " characters)");
        }
        return n.asText();
    }

    private static String text(JsonNode f, String field) {
        String t = required(f, field, Integer.MAX_VALUE);
        if (t.codePointCount(0, t.length()) > FrameReader.MAX_TEXT) {
            throw new FrameRejected(ErrorCode.TOO_LONG, "'" + field + "' is over " + FrameReader.MAX_TEXT + " characters",
                    f.path("client_id").isTextual() ? f.get("client_id").asText() : null);
        }
        return t;
    }

    @Override
    public synchronized void send(String frame) {
        Sessions.send(session, frame);
    }

    private void close(CloseReason.CloseCode code, String reason) {
        Sessions.close(session, code, reason);
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (agent != null) {
            desk.disconnect(this);
            if (callbacks != null) {
                callbacks.disconnect(this);
            }
        }
    }
}
