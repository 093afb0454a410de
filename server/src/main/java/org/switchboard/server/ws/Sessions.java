package org.switchboard.server.ws;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;

/** Sending to and closing a WebSocket session that may be closing under us; shared by the endpoints. */
final class Sessions {
    private static final System.Logger LOG = System.getLogger(Sessions.class.getName());

    private Sessions() {
    }

    /** Sends one text frame; a frame to a closing connection is dropped. Callers serialise their sends. */
    static void send(Session session, String frame) {
        if (session == null || !session.isOpen()) {
            return;
        }
        try {
            session.getBasicRemote().sendText(frame);
        } catch (IOException | IllegalStateException e) {
            LOG.log(System.Logger.Level.DEBUG, "dropped a frame to a closing connection", e);
        }
    }

    static void close(Session session, CloseReason.CloseCode code, String reason) {
        try {
            session.close(new CloseReason(code, reason));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "close failed", e);
        }
    }
}
