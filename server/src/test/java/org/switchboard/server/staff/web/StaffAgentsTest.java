package org.switchboard.server.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.server.agent.Agent;
import org.switchboard.server.agent.AgentAuthenticator.Handshake;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.SignedIn;
import org.switchboard.server.staff.StaffAccount;
import org.switchboard.server.staff.StaffConfig;

/** Which staff sessions may open the agent console's WebSocket, and which cookie is read where. */
class StaffAgentsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Map<String, SignedIn> SESSIONS = Map.of(
            "s-agent", signedIn(7, "Alex Agent", EnumSet.of(Role.AGENT), false),
            "s-super", signedIn(8, "Sofia Supervisor", EnumSet.of(Role.SUPERVISOR, Role.AGENT), false),
            "s-admin", signedIn(9, "Demo Admin", EnumSet.of(Role.ADMIN), false),
            "s-editor", signedIn(10, "Elena Editor", EnumSet.of(Role.EDITOR), false),
            "s-social", signedIn(11, "Noor Social", EnumSet.of(Role.SOCIAL, Role.EDITOR), false),
            "s-gone", signedIn(12, "Gone Agent", EnumSet.of(Role.AGENT), true));

    private final StaffAgents plainHttp = new StaffAgents(id -> Optional.ofNullable(SESSIONS.get(id)), StaffConfig.defaults());

    private static SignedIn signedIn(long id, String name, Set<Role> roles, boolean disabled) {
        return new SignedIn(new StaffAccount(id, name.toLowerCase().replace(' ', '.'), name, roles, NOW, disabled), "csrf",
                NOW.plusSeconds(3600));
    }

    private static Handshake handshake(boolean secure, String... headers) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        return new Handshake(URI.create("/ws/agent"), secure, map);
    }

    @Test
    void anAgentsSessionSignsInWithTheirIdDisplayNameAndRoles() {
        Agent alex = plainHttp.authenticate(handshake(false, "Cookie", "theme=dark; switchboard_session=s-agent")).orElseThrow();
        assertEquals(new Agent(7, "alex.agent", "Alex Agent", Set.of("agent")), alex);
        Agent sofia = plainHttp.authenticate(handshake(false, "cookie", "switchboard_session=s-super")).orElseThrow();
        assertEquals(Set.of("agent", "supervisor"), sofia.roles());
        assertTrue(sofia.supervisor());
        assertTrue(plainHttp.authenticate(handshake(false, "Cookie", "switchboard_session=s-admin")).orElseThrow().supervisor());
    }

    @Test
    void rolesThatDoNotAnswerChatsDisabledAccountsAndUnknownSessionsAreRefused() {
        for (String session : List.of("s-editor", "s-social", "s-gone", "nope", "")) {
            assertEquals(Optional.empty(), plainHttp.authenticate(handshake(false, "Cookie", "switchboard_session=" + session)),
                    session);
        }
        assertEquals(Optional.empty(), plainHttp.authenticate(handshake(false)), "no cookie at all");
        assertEquals(Optional.empty(), plainHttp.authenticate(handshake(false, "Cookie", "agent=7")), "another cookie");
    }

    @Test
    void overTlsOnlyTheHostPrefixedCookieIsReadSoAPlainCookiePlantedOverHttpNeverSignsIn() {
        assertEquals(Optional.empty(), plainHttp.authenticate(handshake(true, "Cookie", "switchboard_session=s-agent")));
        assertEquals(7, plainHttp.authenticate(handshake(true, "Cookie",
                "switchboard_session=s-editor; __Host-switchboard_session=s-agent")).orElseThrow().id());
    }

    @Test
    void overPlainHttpTheHostPrefixedCookieIsNotReadBecauseItIsNeverSetThere() {
        assertEquals(Optional.empty(), plainHttp.authenticate(handshake(false, "Cookie", "__Host-switchboard_session=s-agent")));
    }

    @Test
    void forwardedProtoCountsOnlyFromATrustedProxy() {
        Handshake viaProxy = handshake(false, "X-Forwarded-Proto", "https", "Cookie", "switchboard_session=s-agent");
        assertTrue(plainHttp.authenticate(viaProxy).isPresent(), "an untrusted header changes nothing");
        StaffAgents behindProxy = new StaffAgents(id -> Optional.ofNullable(SESSIONS.get(id)),
                StaffConfig.defaults().withTrustedProxy(true));
        assertFalse(behindProxy.authenticate(viaProxy).isPresent(), "the browser used HTTPS: the plain cookie is not read");
        assertTrue(behindProxy.authenticate(handshake(false, "X-Forwarded-Proto", "https",
                "Cookie", "__Host-switchboard_session=s-agent")).isPresent());
        assertTrue(StaffAgents.secure(handshake(false, "X-Forwarded-Proto", "HTTPS, http"), true));
        assertFalse(StaffAgents.secure(handshake(true, "X-Forwarded-Proto", "http"), true));
    }

    @Test
    void secureCookiesAlwaysMeansOnlyTheHostPrefixedCookieEvenOverPlainHttp() {
        StaffConfig always = new StaffConfig(StaffConfig.DEFAULT_SESSION_IDLE, StaffConfig.DEFAULT_SESSION_MAX,
                StaffConfig.SecureCookies.ALWAYS, false, StaffConfig.defaults().throttle());
        StaffAgents agents = new StaffAgents(id -> Optional.ofNullable(SESSIONS.get(id)), always);
        assertTrue(agents.authenticate(handshake(false, "Cookie", "__Host-switchboard_session=s-agent")).isPresent());
        assertFalse(agents.authenticate(handshake(false, "Cookie", "switchboard_session=s-agent")).isPresent());
    }
}
