package org.switchboard.server.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.glassfish.jersey.server.ResourceConfig;
import org.switchboard.bot.Bot;
import org.switchboard.bot.BotConfig;
import org.switchboard.bot.FaqSearch;
import org.switchboard.bot.handoff.HandoffRules;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;
import org.switchboard.server.ServerConfig;
import org.switchboard.server.bench.EchoEndpoint;
import org.switchboard.server.bench.MeteredSearch;
import org.switchboard.server.bench.TurnParts;
import org.switchboard.server.chat.ChatConfig;
import org.switchboard.server.chat.ChatService;
import org.switchboard.server.chat.WidgetLabels;
import org.switchboard.server.handoff.HandoffQueue;
import org.switchboard.server.handoff.WaitEstimator;
import org.switchboard.server.http.WebServer;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.ws.ChatEndpoint;

/**
 * The live-chat stack as {@code serve} builds it, for {@code bench chat}: the given FAQ index,
 * the configured database (the embedded H2 file in {@code dataDir} unless a URL is configured),
 * the bot with the configured phrasing and handoff rules, the line for people, and the chat
 * service, on one loopback port with the bare
 * {@link EchoEndpoint} beside the chat endpoint. Two differences from {@code serve}: the rate
 * limits are lifted, because every simulated visitor comes from 127.0.0.1; and the office is
 * always open, so that no away notice is added to the first turn depending on the time of day.
 */
final class BenchChatServer implements AutoCloseable {
    /** Frames a second per connection and per address while benchmarking: ChatConfig's maximum. */
    static final int LIFTED_RATE_LIMIT = 100_000;

    private final Database database;
    private final ChatService chat;
    private final WebServer server;
    private final int poolSize;

    private BenchChatServer(Database database, ChatService chat, WebServer server, int poolSize) {
        this.database = database;
        this.poolSize = poolSize;
        this.chat = chat;
        this.server = server;
    }

    /**
     * @param configDir where {@code phrasing/}, {@code hours.yaml} (for the office's time zone),
     *                  {@code handoff.yaml} and {@code widget/} are read from
     * @param dataDir   where the embedded H2 file goes (a temporary directory)
     */
    static BenchChatServer start(ServerConfig config, Path configDir, FaqIndex index, Path dataDir) throws Exception {
        ChatConfig lifted = new ChatConfig(config.chat().botName(), config.chat().idleTimeout(),
                LIFTED_RATE_LIMIT, LIFTED_RATE_LIMIT);
        BusinessHours hours;
        Bot bot;
        WidgetLabels labels;
        try {
            hours = BusinessHours.always(BusinessHours.load(configDir.resolve("hours.yaml")).zone());
            bot = Bot.create(new BotConfig(lifted.botName(), config.faq().defaultLanguage(), hours,
                            HandoffRules.load(configDir.resolve("handoff.yaml"))),
                    new MeteredSearch(FaqSearch.of(index)), Phrasebook.load(configDir.resolve("phrasing")), Clock.systemUTC());
            labels = WidgetLabels.load(configDir.resolve("widget"));
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.CONFIG, e.getMessage());
        }
        Database database = Database.open(config.database(), dataDir);
        HandoffQueue queue = new HandoffQueue(database.handoffs(), new WaitEstimator(database.handoffs(), Clock.systemUTC()));
        ChatService chat = ChatService.start(lifted, bot, database.conversations(), queue, labels,
                config.faq().defaultLanguage(), hours.zone(), Clock.systemUTC());
        try {
            WebServer server = WebServer.start("127.0.0.1", 0, new ResourceConfig(),
                    List.of(ChatEndpoint.config(chat, lifted), EchoEndpoint.config()));
            return new BenchChatServer(database, chat, server, config.database().poolSize());
        } catch (Exception | Error e) {
            chat.close();
            database.close();
            throw e;
        }
    }

    /** The FAQ and the store of this stack, for measuring them alone. */
    TurnParts parts(FaqIndex index, Language language) {
        return new TurnParts(index, language, database.conversations(), poolSize);
    }

    URI chatUri() {
        return URI.create("ws://127.0.0.1:" + server.port() + "/ws" + ChatEndpoint.PATH);
    }

    URI echoUri() {
        return URI.create("ws://127.0.0.1:" + server.port() + "/ws" + EchoEndpoint.PATH);
    }

    @Override
    public void close() {
        server.close();
        chat.close();
        database.close();
    }
}
