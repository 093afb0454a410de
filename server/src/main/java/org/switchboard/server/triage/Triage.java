package org.switchboard.server.triage;

import jakarta.websocket.server.ServerEndpointConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.switchboard.server.chat.ChatService;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.listener.ListenerService;
import org.switchboard.server.listener.MentionRepository;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.StaffAccount;
import org.switchboard.server.staff.StaffConfig;
import org.switchboard.server.staff.StaffService;
import org.switchboard.server.staff.web.StaffAgents;

/**
 * The triage desk as {@code serve} runs it, built in one call: {@code config/triage.yaml}, the
 * desk listening to the listener, its API, its live feed and the feed's WebSocket. The feed is
 * also the port other parts publish to ({@link #events()}, e.g. surge alerts).
 */
public final class Triage implements AutoCloseable {
    /** Who works the desk: the social team, supervisors and admins. */
    public static final Set<Role> ROLES = EnumSet.of(Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN);
    /** Who mentions can be assigned to. */
    private static final Set<Role> ASSIGNABLE = EnumSet.of(Role.SOCIAL, Role.SUPERVISOR);

    private final TriageFeed feed;
    private final TriageResource api;
    private final ServerEndpointConfig endpoint;

    private Triage(TriageFeed feed, TriageResource api, ServerEndpointConfig endpoint) {
        this.feed = feed;
        this.api = api;
        this.endpoint = endpoint;
    }

    /**
     * Reads {@code triage.yaml} in {@code configDir} and wires the desk.
     *
     * @throws IllegalArgumentException naming the file and key of a bad configuration
     */
    public static Triage start(Path configDir, Database database, MentionRepository mentions, ListenerService listener,
                               ChatService chat, ZoneId zone, StaffService staff, StaffConfig staffConfig) {
        TriageConfig config = TriageConfig.load(configDir.resolve("triage.yaml"));
        TriageDesk desk = new TriageDesk(mentions, new TriageRepository(database.transactions(), Clock.systemUTC()), config,
                new ConsoleCases(chat, database.conversations(), zone),
                login -> staff.findByLogin(login).filter(a -> !a.disabled() && a.hasAny(ASSIGNABLE)).isPresent());
        TriageFeed feed = new TriageFeed();
        desk.publishTo(feed);
        listener.onMention(desk);
        TriageResource api = new TriageResource(desk, () -> staff.list().stream()
                .filter(a -> !a.disabled() && a.hasAny(ASSIGNABLE)).map(StaffAccount::login).sorted().toList());
        return new Triage(feed, api, TriageEndpoint.config(feed, StaffAgents.of(staff, staffConfig, ROLES)));
    }

    /** Where live events for the triage pages are published. */
    public TriageEvents events() {
        return feed;
    }

    /** {@code /api/triage}. */
    public TriageResource api() {
        return api;
    }

    /** {@code /ws/triage}, for {@code WebServer.start}. */
    public ServerEndpointConfig endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        feed.close();
    }
}
