package org.switchboard.server.ws;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.glassfish.tyrus.core.RequestContext;
import org.switchboard.server.agent.Agent;
import org.switchboard.server.agent.AgentAuthenticator;

/**
 * The handshake of a staff page's WebSocket (the agent console, the triage desk): the browser's
 * page must be this server's (Origin against Host) and the staff session must admit someone. What
 * it decided travels to the endpoint in the session's user properties: read it in {@code onOpen}
 * with {@link #admitted} or {@link #refusal} and close with 1008 when nobody was admitted.
 */
public final class StaffHandshake extends ServerEndpointConfig.Configurator {
    private static final String STAFF = "switchboard.staff";
    private static final String REFUSED = "switchboard.staff.refused";

    private final AgentAuthenticator authenticator;
    private final String signInFirst;
    private final Supplier<Object> endpoint;

    /**
     * @param signInFirst what a refused connection is told, e.g. "sign in first"
     * @param endpoint    makes the endpoint instance for an admitted handshake
     */
    public StaffHandshake(AgentAuthenticator authenticator, String signInFirst, Supplier<Object> endpoint) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.signInFirst = Objects.requireNonNull(signInFirst, "signInFirst");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig sec, HandshakeRequest request, HandshakeResponse response) {
        Map<String, Object> props = sec.getUserProperties();
        props.remove(STAFF);
        props.remove(REFUSED);
        if (!sameOrigin(header(request, "Origin"), header(request, "Host"))) {
            props.put(REFUSED, "cross-site connection refused");
            return;
        }
        Optional<Agent> who = authenticator.authenticate(new AgentAuthenticator.Handshake(request.getRequestURI(),
                secure(request), request.getHeaders()));
        if (who.isEmpty()) {
            props.put(REFUSED, signInFirst);
        } else {
            props.put(STAFF, who.get());
        }
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(endpoint.get());
    }

    /** The staff member the handshake admitted (Tyrus copies the handshake's properties into the session). */
    public static Optional<Agent> admitted(Session session) {
        return session.getUserProperties().get(REFUSED) == null && session.getUserProperties().get(STAFF) instanceof Agent a
                ? Optional.of(a) : Optional.empty();
    }

    /** Why the handshake admitted nobody, if it said. */
    public static Optional<String> refusal(Session session) {
        Object refused = session.getUserProperties().get(REFUSED);
        return refused == null ? Optional.empty() : Optional.of(refused.toString());
    }

    /** A browser sends its page's origin; it must be this server (scheme aside: proxies may end TLS). */
    static boolean sameOrigin(String origin, String host) {
        if (origin == null || host == null) {
            return origin == null; // non-browser clients send no Origin; browsers always do
        }
        try {
            URI o = URI.create(origin);
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
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
}
