package org.switchboard.server.ws;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.glassfish.jersey.server.ResourceConfig;
import org.switchboard.bot.Bot;
import org.switchboard.bot.BotConfig;
import org.switchboard.bot.FaqSearch;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.Language;
import org.switchboard.faq.io.FaqImporter;
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

    final Database database;
    final ChatService chat;
    final WebServer server;

    private ChatStack(Database database, ChatService chat, WebServer server) {
        this.database = database;
        this.chat = chat;
        this.server = server;
    }

    static FaqIndex demoIndex(Path dir) throws Exception {
        FaqIndex index = FaqIndex.open(dir, FaqIndexConfig.defaults());
        index.replaceAll(FaqImporter.create(Language.ENGLISH).read(CONFIG.resolve("faq/demo.yaml")));
        return index;
    }

    static ChatStack start(Path data, FaqIndex index, ChatConfig config, int port) throws Exception {
        Database database = Database.open(DatabaseConfig.embedded(), data);
        Bot bot = Bot.create(new BotConfig(config.botName(), Language.ENGLISH, BusinessHours.always(OFFICE)),
                FaqSearch.of(index), Phrasebook.load(CONFIG.resolve("phrasing")), Clock.systemUTC());
        HandoffQueue queue = new HandoffQueue(database.handoffs(), new WaitEstimator(database.handoffs(), Clock.systemUTC()));
        ChatService chat = ChatService.start(config, bot, database.conversations(), queue, WidgetLabels.load(CONFIG.resolve("widget")),
                Language.ENGLISH, OFFICE, Clock.systemUTC());
        WebServer server = WebServer.start("127.0.0.1", port, new ResourceConfig(), List.of(ChatEndpoint.config(chat, config)));
        return new ChatStack(database, chat, server);
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
