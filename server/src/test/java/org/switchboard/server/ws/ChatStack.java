package org.switchboard.server.ws;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glassfish.jersey.server.ResourceConfig;
import org.switchboard.bot.Bot;
import org.switchboard.bot.BotConfig;
import org.switchboard.bot.FaqSearch;
import org.switchboard.bot.handoff.HandoffRules;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.Language;
import org.switchboard.faq.io.FaqImporter;
import java.security.SecureRandom;
import org.switchboard.bot.callback.CallbackRules;
import org.switchboard.bot.hours.TeamHours;
import org.switchboard.server.agent.Agent;
import org.switchboard.server.agent.CallbackDesk;
import org.switchboard.server.callback.Appointments;
import org.switchboard.server.callback.CallbackAlarms;
import org.switchboard.server.callback.CallbackRepository;
import org.switchboard.server.callback.CallbackService;
import org.switchboard.server.callback.KeepingRules;
import org.switchboard.server.callback.RotaRepository;
import org.switchboard.server.agent.AgentDesk;
import org.switchboard.server.agent.ToneGuard;
import org.switchboard.server.chat.ChatConfig;
import org.switchboard.server.chat.ChatService;
import org.switchboard.server.chat.WidgetLabels;
import org.switchboard.server.handoff.HandoffQueue;
import org.switchboard.server.handoff.WaitEstimator;
import org.switchboard.server.http.WebServer;
import org.switchboard.server.jdbc.ConversationRepository;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/**
 * The live-chat stack as {@code serve} assembles it, in this JVM: the demo FAQ index, the bot
 * with the repository's phrasing, an H2 store in a temporary directory, the chat service and the
 * web server on a free port. Always-open hours, so no away notice interleaves.
 */
final class ChatStack implements AutoCloseable {
    static final Path CONFIG = Path.of("..", "config");
    static final ZoneId OFFICE = ZoneId.of("Europe/Athens");

    /** The agents the fake sign-in knows: the cookie {@code agent=<id>} signs in as that agent. */
    static final Map<Long, Agent> AGENTS = Map.of(
            1L, new Agent(1, "ana", "Ana", Set.of("agent")),
            2L, new Agent(2, "ben", "Ben", Set.of("agent")),
            3L, new Agent(3, "chloe", "Chloé", Set.of("agent", "supervisor")));

    final Database database;
    final ChatService chat;
    final AgentDesk desk;
    final WebServer server;
    /** With call backs ({@link #withCallbacks}) only, else null. */
    final Callbacks callbacks;

    /** The call back side, on a clock of the test's. */
    record Callbacks(CallbackService service, Appointments appointments, CallbackDesk desk, CallbackAlarms alarms) {
    }

    private ChatStack(Database database, ChatService chat, AgentDesk desk, WebServer server, Callbacks callbacks) {
        this.database = database;
        this.chat = chat;
        this.desk = desk;
        this.server = server;
        this.callbacks = callbacks;
    }

    /**
     * The stack with call backs kept at the console: no default rotas (tests store them), always-open
     * hours, the standard booking rules and {@code keeping}; every call back class runs on {@code clock}.
     */
    static ChatStack withCallbacks(Path data, FaqIndex index, ChatConfig config, Clock clock, KeepingRules keeping)
            throws Exception {
        return start(data, index, config, 0, clock, keeping);
    }

    /** Signs in by the cookie {@code agent=<id>}, standing in for the staff session. */
    static Optional<Agent> fakeSignIn(String cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        for (String part : cookie.split(";")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("agent") && kv[1].matches("\\d+")) {
                return Optional.ofNullable(AGENTS.get(Long.parseLong(kv[1])));
            }
        }
        return Optional.empty();
    }

    static FaqIndex demoIndex(Path dir) throws Exception {
        FaqIndex index = FaqIndex.open(dir, FaqIndexConfig.defaults());
        index.replaceAll(FaqImporter.create(Language.ENGLISH).read(CONFIG.resolve("faq/demo.yaml")));
        return index;
    }

    static ChatStack start(Path data, FaqIndex index, ChatConfig config, int port) throws Exception {
        return start(data, index, config, port, null, null);
    }

    private static ChatStack start(Path data, FaqIndex index, ChatConfig config, int port, Clock clock, KeepingRules keeping)
            throws Exception {
        Database database = Database.open(DatabaseConfig.embedded(), data);
        Bot bot = Bot.create(new BotConfig(config.botName(), Language.ENGLISH, BusinessHours.always(OFFICE),
                        HandoffRules.load(CONFIG.resolve("handoff.yaml"))),
                FaqSearch.of(index), Phrasebook.load(CONFIG.resolve("phrasing")), Clock.systemUTC());
        HandoffQueue queue = new HandoffQueue(database.handoffs(), new WaitEstimator(database.handoffs(), Clock.systemUTC()));
        ChatService chat = ChatService.start(config, bot, database.conversations(), queue, WidgetLabels.load(CONFIG.resolve("widget")),
                Language.ENGLISH, OFFICE, Clock.systemUTC());
        AgentDesk desk = new AgentDesk(chat, database.handoffs(), FaqSearch.of(index), ToneGuard.load(CONFIG.resolve("agent-tone.yaml")),
                List.of("support", "billing", "technical", "supervisor"));
        chat.onLineChange(team -> desk.queueChanged());
        chat.onCallbackAdvice((team, place) -> desk.callbackAdvice(team, place, HandoffRules.DEFAULT_CALLBACK_AFTER));
        Callbacks callbacks = null;
        if (clock != null) {
            CallbackService service = new CallbackService(CallbackRules.standard(), TeamHours.of(BusinessHours.always(OFFICE)),
                    new CallbackRepository(database.transactions(), clock), new RotaRepository(database.transactions(), clock), clock,
                    new SecureRandom());
            Appointments appointments = new Appointments(database.transactions(), clock);
            Set<String> logins = AGENTS.values().stream().map(Agent::login).collect(java.util.stream.Collectors.toSet());
            CallbackDesk callbackDesk = new CallbackDesk(appointments, service, keeping, List.of("support", "billing", "technical",
                    "supervisor"), logins::contains, clock);
            CallbackAlarms alarms = new CallbackAlarms(appointments, keeping, clock);
            alarms.listen(callbackDesk);
            callbacks = new Callbacks(service, appointments, callbackDesk, alarms);
        }
        WebServer server = WebServer.start("127.0.0.1", port, new ResourceConfig(), List.of(ChatEndpoint.config(chat, config),
                AgentEndpoint.config(desk, callbacks == null ? null : callbacks.desk(),
                        handshake -> fakeSignIn(handshake.header("Cookie")))));
        return new ChatStack(database, chat, desk, server, callbacks);
    }

    int port() {
        return server.port();
    }

    ConversationRepository store() {
        return database.conversations();
    }

    @Override
    public void close() {
        server.close();
        chat.close();
        database.close();
    }
}
