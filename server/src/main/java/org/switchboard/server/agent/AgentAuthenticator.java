package org.switchboard.server.agent;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is at the console, from the WebSocket handshake (the staff session cookie); empty when
 * nobody is signed in or the account may not answer chats.
 */
@FunctionalInterface
public interface AgentAuthenticator {
    Optional<Agent> authenticate(Handshake handshake);

    /**
     * What the handshake tells about the browser.
     *
     * @param uri     the request URI as the server saw it
     * @param secure  true when the connection itself came over TLS ({@code wss})
     * @param headers the request headers, names in any case
     */
    record Handshake(URI uri, boolean secure, Map<String, List<String>> headers) {
        public Handshake {
            headers = Map.copyOf(headers);
        }

        /** The header's values joined with {@code "; "}, or null when absent; the name in any case. */
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return String.join("; ", e.getValue());
                }
            }
            return null;
        }
    }
}
