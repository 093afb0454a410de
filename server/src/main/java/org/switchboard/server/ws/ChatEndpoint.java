package org.switchboard.server.ws;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.glassfish.tyrus.core.TyrusSession;
import org.switchboard.server.chat.ChatConfig;
import org.switchboard.server.chat.ChatService;
import org.switchboard.server.chat.ClientFrame;
import org.switchboard.server.chat.ErrorCode;
import org.switchboard.server.chat.FrameReader;
import org.switchboard.server.chat.FrameRejected;
import org.switchboard.server.chat.ServerFrames;
import org.switchboard.server.chat.Visitor;
import org.switchboard.server.http.WebServer;

/**
 * The widget's WebSocket, {@code /ws/chat} (docs/protocol.md): one instance per connection.
 * Reads text frames, applies the rate limits, and hands each frame to the {@link ChatService};
 * every refusal is an {@code error} frame, or a close with a documented code. Frames of one
 * connection arrive one at a time; sends are serialised because other connections' turns
 * broadcast to this one.
 */
public final class ChatEndpoint extends Endpoint implements Visitor {
    /** Path under {@code /ws}. */
    public static final String PATH = "/chat";
    /** Refused frames in a row after which a flooding client is disconnected with 1008. */
    static final int FLOOD_CLOSE_AFTER = 20;
    private static final System.Logger LOG = System.getLogger(ChatEndpoint.class.getName());

    private final ChatService chat;
    private final FrameReader reader;
    private final FrameBudget budget;
    private final int perConnection;
    private final AddressBudgets addresses;
    private final LongSupplier nanos;
    private Session session;
    private String address = "unknown";
    private long conversationId = -1;
    private int refusedInARow;

    ChatEndpoint(ChatService chat, FrameReader reader, int perConnection, AddressBudgets addresses, LongSupplier nanos) {
        this.chat = chat;
        this.reader = reader;
        this.nanos = nanos;
        this.perConnection = perConnection;
        this.budget = new FrameBudget(perConnection, nanos.getAsLong());
        this.addresses = addresses;
    }

    /** The endpoint's deployment: a new {@code ChatEndpoint} per connection, sharing the per-address limits. */
    public static ServerEndpointConfig config(ChatService chat, ChatConfig config) {
        Objects.requireNonNull(chat, "chat");
        FrameReader reader = new FrameReader();
        AddressBudgets addresses = new AddressBudgets(config.perAddress());
        return ServerEndpointConfig.Builder.create(ChatEndpoint.class, PATH)
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(new ChatEndpoint(chat, reader, config.perConnection(), addresses, System::nanoTime));
                    }
                })
                .build();
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        this.session = session;
        session.setMaxTextMessageBufferSize(WebServer.MAX_FRAME_BYTES); // larger: Tyrus closes with 1009
        session.setMaxBinaryMessageBufferSize(WebServer.MAX_FRAME_BYTES);
        if (session instanceof TyrusSession tyrus && tyrus.getRemoteAddr() != null) {
            address = tyrus.getRemoteAddr();
        }
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onText);
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) b ->
                close(CloseReason.CloseCodes.CANNOT_ACCEPT, "binary frames are not accepted; send JSON text frames"));
    }

    void onText(String text) {
        long now = nanos.getAsLong();
        if (!budget.take(now) || !addresses.take(address, now)) {
            if (++refusedInARow >= FLOOD_CLOSE_AFTER) {
                close(CloseReason.CloseCodes.VIOLATED_POLICY, "rate limit exceeded again and again");
                return;
            }
            send(ServerFrames.error(new FrameRejected(ErrorCode.RATE_LIMITED,
                    "too many frames: at most " + perConnection + " a second per connection and "
                            + addresses.perSecond() + " per address; this frame was dropped")));
            return;
        }
        refusedInARow = 0;
        try {
            dispatch(reader.read(text));
        } catch (FrameRejected e) {
            send(ServerFrames.error(e));
        }
    }

    private void dispatch(ClientFrame frame) {
        if (frame instanceof ClientFrame.Ping) {
            send(ServerFrames.pong());
        } else if (frame instanceof ClientFrame.Typing t) {
            if (conversationId < 0) {
                throw new FrameRejected(ErrorCode.NOT_STARTED, "send 'hello' first");
            }
            chat.typing(conversationId, true, t.on());
        } else if (frame instanceof ClientFrame.Hello hello) {
            if (conversationId >= 0) {
                throw new FrameRejected(ErrorCode.BAD_FRAME, "'hello' was already said on this connection");
            }
            conversationId = chat.hello(hello, this);
        } else if (frame instanceof ClientFrame.Visitor v) {
            if (conversationId < 0) {
                throw new FrameRejected(ErrorCode.NOT_STARTED, "send 'hello' first", v.clientId());
            }
            chat.receive(conversationId, v, this);
        }
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
        if (conversationId >= 0) {
            chat.leave(conversationId, this);
        }
    }

    @Override
    public void onError(Session session, Throwable error) {
        LOG.log(System.Logger.Level.DEBUG, "WebSocket error", error);
    }
}
