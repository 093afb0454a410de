package org.switchboard.server.triage;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import org.switchboard.server.agent.AgentAuthenticator;
import org.switchboard.server.ws.StaffHandshake;

/**
 * The triage page's live feed, {@code /ws/triage} (docs/triage.md): only for a signed-in member
 * of the social team, a supervisor or an admin, checked at the handshake with the staff session
 * cookie, and only from this site's own pages ({@code Origin}); otherwise closed at once with
 * 1008. The page only listens: it may send {@code {"type":"ping"}} (answered with
 * {@code pong}); actions go through {@code /api/triage} with the CSRF token.
 */
public final class TriageEndpoint extends Endpoint implements TriageFeed.Page {
    public static final String PATH = "/triage";
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
                .configurator(new StaffHandshake(authenticator, "sign in first (social team, supervisor or admin)",
                        () -> new TriageEndpoint(feed)))
                .build();
    }



    @Override
    public void onOpen(Session session, EndpointConfig config) {
        this.session = session;
        if (StaffHandshake.admitted(session).isEmpty()) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                        StaffHandshake.refusal(session).orElse("sign in first")));
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
