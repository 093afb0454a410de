package org.switchboard.server.triage;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glassfish.tyrus.core.RequestContext;
import org.switchboard.server.agent.Agent;
import org.switchboard.server.agent.AgentAuthenticator;
import org.switchboard.server.ws.AgentEndpoint;

/**
 * The triage page's live feed, {@code /ws/triage} (docs/triage.md): only for a signed-in member
 * of the social team, a supervisor or an admin, checked at the handshake with the staff session
 * cookie, and only from this site's own pages ({@code Origin}); otherwise closed at once with
 * 1008. The page only listens: it may send {@code {"type":"ping"}} (answered with
 * {@code pong}); actions go through {@code /api/triage} with the CSRF token.
 */
public final class TriageEndpoint extends Endpoint implements TriageFeed.Page {
    public static final String PATH = "/triage";
    private static final String WHO = "switchboard.triage.staff";
    private static final String REFUSED = "switchboard.triage.refused";
    private static final System.Logger LOG = System.getLogger(TriageEndpoint.class.getName());

    private final TriageFeed feed;
    private Session session;
    private boolean joined;

    TriageEndpoint(TriageFeed feed) {
        this.feed = feed;
    }

    /** The endpoint's configuration for {@code WebServer.start}. */
    public static ServerEndpointConfig config(TriageFeed feed, AgentAuthenticator authenticator) {
        return ServerEndpointConfig.Builder.create(TriageEndpoint.class, PATH)
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public void modifyHandshake(ServerEndpointConfig sec, HandshakeRequest request, HandshakeResponse response) {
                        Map<String, Object> props = sec.getUserProperties();
                        props.remove(WHO);
                        props.remove(REFUSED);
                        if (!AgentEndpoint.sameOrigin(header(request, "Origin"), header(request, "Host"))) {
                            props.put(REFUSED, "cross-site connection refused");
                            return;
                        }
                        Optional<Agent> who = authenticator.authenticate(new AgentAuthenticator.Handshake(request.getRequestURI(),
                                secure(request), request.getHeaders()));
                        if (who.isEmpty()) {
                            props.put(REFUSED, "sign in first (social team, supervisor or admin)");
                        } else {
                            props.put(WHO, who.get());
                        }
                    }

                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(new TriageEndpoint(feed));
                    }
                })
                .build();
    }

    /** Whether the connection came over TLS: a {@code wss} URI, or what Tyrus knows of the transport. */
    private static boolean secure(HandshakeRequest request) {
        URI uri = request.getRequestURI();
        if (uri != null && ("wss".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            return true;
        }
        return request instanceof RequestContext context && context.isSecure();
    }

    private static String header(HandshakeRequest request, String name) {
        for (Map.Entry<String, List<String>> e : request.getHeaders().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return String.join("; ", e.getValue());
            }
        }
        return null;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        this.session = session;
        Object refused = session.getUserProperties().get(REFUSED);
        if (refused != null || !(session.getUserProperties().get(WHO) instanceof Agent)) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                        refused != null ? refused.toString() : "sign in first"));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "close failed", e);
            }
            return;
        }
        session.setMaxTextMessageBufferSize(1024);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
            if (text.contains("\"ping\"")) {
                send("{\"type\":\"pong\"}");
            }
        });
        joined = true;
        feed.join(this);
        send("{\"type\":\"ready\"}");
    }

    @Override
    public synchronized void send(String frame) {
        if (session == null || !session.isOpen()) {
            return;
        }
        try {
            session.getBasicRemote().sendText(frame);
        } catch (IOException | IllegalStateException e) {
            LOG.log(System.Logger.Level.DEBUG, "dropped a frame to a closing triage page", e);
        }
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (joined) {
            feed.leave(this);
        }
    }

    @Override
    public void onError(Session session, Throwable failure) {
        if (joined) {
            feed.leave(this);
        }
    }
}
