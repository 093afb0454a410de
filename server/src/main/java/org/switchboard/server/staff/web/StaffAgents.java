package org.switchboard.server.staff.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.switchboard.server.agent.Agent;
import org.switchboard.server.agent.AgentAuthenticator;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.SignedIn;
import org.switchboard.server.staff.StaffAccount;
import org.switchboard.server.staff.StaffConfig;
import org.switchboard.server.staff.StaffService;

/**
 * Signs in the agent console's WebSocket with the staff session cookie of its handshake. Only
 * accounts with the role agent, supervisor or admin may answer chats.
 *
 * <p>The cookie is read by the same rule as on the staff pages ({@link SessionCookie}: each kind
 * is read only where it would be set). The handshake counts as secure when the connection came
 * over TLS or, behind a trusted proxy, when its {@code X-Forwarded-Proto} says {@code https};
 * then only {@code __Host-switchboard_session} is read, so a plain cookie planted over HTTP never
 * signs in a console on HTTPS. Otherwise only the plain {@code switchboard_session} is read,
 * which is what the login set for such a browser. Stateless and thread-safe.
 */
public final class StaffAgents implements AgentAuthenticator {
    static final Set<Role> DESK_ROLES = EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);

    private final Function<String, Optional<SignedIn>> sessions;
    private final SessionCookie cookie;
    private final boolean trustedProxy;
    private final Set<Role> roles;

    StaffAgents(Function<String, Optional<SignedIn>> sessions, StaffConfig config) {
        this(sessions, config, DESK_ROLES);
    }

    StaffAgents(Function<String, Optional<SignedIn>> sessions, StaffConfig config, Set<Role> roles) {
        this.roles = Set.copyOf(roles);
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.cookie = new SessionCookie(config.secureCookies());
        this.trustedProxy = config.trustedProxy();
    }

    /** The console's sign-in for {@code serve}: sessions of {@code staff}, cookies as {@code config} says. */
    public static AgentAuthenticator of(StaffService staff, StaffConfig config) {
        return new StaffAgents(staff::session, config);
    }

    /** The same sign-in for another staff page's WebSocket (the triage desk's): accounts with one of {@code roles}. */
    public static AgentAuthenticator of(StaffService staff, StaffConfig config, Set<Role> roles) {
        return new StaffAgents(staff::session, config, roles);
    }

    @Override
    public Optional<Agent> authenticate(Handshake handshake) {
        ClientFacts client = new ClientFacts(secure(handshake, trustedProxy), "websocket", "");
        String sessionId = cookie.read(handshake.header("Cookie"), client);
        if (sessionId == null || sessionId.isEmpty()) {
            return Optional.empty();
        }
        return sessions.apply(sessionId).map(SignedIn::account).filter(a -> !a.disabled() && a.hasAny(roles))
                .map(StaffAgents::agent);
    }

    /** Whether the browser reached us over TLS, believing {@code X-Forwarded-Proto} only from a trusted proxy. */
    static boolean secure(Handshake handshake, boolean trustedProxy) {
        if (trustedProxy) {
            String proto = handshake.header("X-Forwarded-Proto");
            if (proto != null && !proto.isBlank()) {
                return proto.split("[,;]")[0].strip().equalsIgnoreCase("https");
            }
        }
        return handshake.secure();
    }

    static Agent agent(StaffAccount account) {
        return new Agent(account.id(), account.login(), account.displayName(), new LinkedHashSet<>(account.roleCodes()));
    }
}
