package org.switchboard.server.bench;

import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;

/**
 * A bare Tyrus endpoint that sends every text frame straight back: what the WebSocket transport
 * alone can do on this machine, the ceiling {@code bench chat} compares the bot with. Deployed
 * only by the benchmark, never by {@code serve}.
 */
public final class EchoEndpoint extends Endpoint {
    /** Path under {@code /ws}. */
    public static final String PATH = "/bench-echo";

    /** The endpoint's deployment at {@link #PATH}: one instance per connection. */
    public static ServerEndpointConfig config() {
        return ServerEndpointConfig.Builder.create(EchoEndpoint.class, PATH)
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(new EchoEndpoint());
                    }
                })
                .build();
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> echo(session, text));
    }

    private static void echo(Session session, String text) {
        try {
            session.getBasicRemote().sendText(text);
        } catch (IOException | IllegalStateException e) {
            // the client is going away; the benchmark counts its own losses
        }
    }
}
