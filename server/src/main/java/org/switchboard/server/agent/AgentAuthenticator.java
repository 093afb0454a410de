package org.switchboard.server.agent;

import java.util.Optional;

/**
 * Who is at the console, from the {@code Cookie} header of the WebSocket handshake (the staff
 * session); empty when nobody is signed in or the account may not answer chats.
 */
@FunctionalInterface
public interface AgentAuthenticator {
    Optional<Agent> authenticate(String cookieHeader);
}
