package org.switchboard.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.glassfish.jersey.server.ResourceConfig;
import org.switchboard.bot.Bot;
import org.switchboard.bot.BotConfig;
import org.switchboard.bot.FaqSearch;
import org.switchboard.bot.handoff.HandoffRules;
import org.switchboard.bot.callback.CallbackRules;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.hours.TeamHours;
import org.switchboard.server.agent.CallbackDesk;
import org.switchboard.server.callback.Appointments;
import org.switchboard.server.callback.CallbackAlarms;
import org.switchboard.server.callback.CallbackRepository;
import org.switchboard.server.callback.CallbackWebhook;
import org.switchboard.server.callback.KeepingRules;
import org.switchboard.server.callback.WebhookAlarms;
import org.switchboard.server.callback.web.ServiceLevelResource;
import org.switchboard.server.staff.Role;
import org.switchboard.server.callback.CallbackService;
import org.switchboard.server.callback.RotaRepository;
import org.switchboard.server.callback.web.CallbackResource;
import org.switchboard.server.callback.web.RotaResource;
import org.switchboard.server.chat.CallbackBookings;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.FaqIndex;
import org.switchboard.server.ServerConfig;
import org.switchboard.server.agent.AgentAuthenticator;
import org.switchboard.server.agent.AgentDesk;
import org.switchboard.server.agent.ToneGuard;
import org.switchboard.server.chat.ChatService;
import org.switchboard.server.chat.WidgetLabels;
import org.switchboard.server.editor.FaqEditor;
import org.switchboard.server.handoff.HandoffQueue;
import org.switchboard.server.handoff.WaitEstimator;
import org.switchboard.server.http.HealthResource;
import org.switchboard.server.http.WebServer;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.levels.AckLog;
import org.switchboard.server.levels.ConversationFigures;
import org.switchboard.server.levels.ConversationsResource;
import org.switchboard.server.levels.MentionFigures;
import org.switchboard.server.levels.MentionsResource;
import org.switchboard.server.levels.SampleStore;
import org.switchboard.server.levels.ShiftsResource;
import org.switchboard.server.levels.Standards;
import org.switchboard.server.levels.StandardsEvaluator;
import org.switchboard.server.levels.StandardsResource;
import org.switchboard.server.listener.ListenerParts;
import org.switchboard.server.metrics.MetricsPage;
import org.switchboard.server.metrics.ServiceMetrics;
import org.switchboard.server.listener.ListenerResource;
import org.switchboard.server.listener.ListenerService;
import org.switchboard.server.listener.MentionRepository;
import org.switchboard.server.triage.TriageAlerts;
import org.switchboard.server.staff.FirstAccounts;
import org.switchboard.server.staff.Passwords;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.StaffService;
import org.switchboard.server.staff.web.StaffAgents;
import org.switchboard.server.staff.web.StaffWeb;
import org.switchboard.server.triage.Triage;
import org.switchboard.server.ws.AgentEndpoint;
import org.switchboard.server.ws.ChatEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code switchboard serve}: the web server (assets, {@code /api}, WebSocket) on one port, until
 * stopped with Ctrl-C or SIGTERM. An empty FAQ index is first filled with the demo corpus.
 */
@Command(name = "serve", description = {"Serve the web pages, /api and WebSocket on one port until stopped.",
        "An empty FAQ index is first filled with the demo corpus (config/faq/demo.yaml) when the FAQ editor's store is empty too.",
        "Staff: SWITCHBOARD_ADMIN_LOGIN and SWITCHBOARD_ADMIN_PASSWORD make the first admin; with neither and",
        "no accounts yet, demo accounts are made and their credentials printed once (docs/staff.md)."})
final class ServeCommand implements Callable<Integer> {
    /** How often reminders and escalations are looked for (and the consoles' call back lists refreshed). */
    static final Duration ALARM_PERIOD = Duration.ofSeconds(15);

    @Mixin
    HelpOption help;

    private final Cli cli;

    @Option(names = "--port", paramLabel = "N", description = "Port (0: any free one). Default: SWITCHBOARD_PORT, else server.port (8080).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, every interface).")
    String host;

    @Option(names = "--demo-faq", paramLabel = "FILE",
            description = "Corpus loaded into an empty index (default: faq/demo.yaml beside the configuration file).")
    Path demoFaq;

    ServeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        ServerConfig config = cli.config();
        // the index (about 0.6 s: the model and vectors) and the database (Flyway) open side by side; the full
        // builds of the index's updates (5 s of training on one core) wait until the server is serving
        boolean newDatabase = Database.wouldCreate(config.database(), config.dataDir());
        CompletableFuture<FaqIndex> opening = CompletableFuture.supplyAsync(() -> {
            FaqIndex opened = cli.openIndex();
            opened.holdBuilds();
            return opened;
        });
        // a first start's demo corpus is read and quickly trained while the rest starts (FaqIndex#update): on a
        // database this start creates (whose FAQ editor's store is empty) as soon as the index is open and empty
        CompletableFuture<String> demo = newDatabase
                ? opening.thenApplyAsync(opened -> opened.entries().isEmpty() ? loadDemo(opened) : null) : null;
        Database database = Database.open(config.database(), config.dataDir());
        FaqIndex index;
        try {
            index = opening.join();
        } catch (CompletionException e) {
            database.close();
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        if (demo == null) {
            demo = index.entries().isEmpty() && FaqEditor.storeIsEmpty(database)
                    ? CompletableFuture.supplyAsync(() -> loadDemo(index)) : CompletableFuture.completedFuture(null);
        }
        StaffService staff;
        boolean demoAccounts;
        try {
            staff = StaffService.create(database, config.staff(), Passwords.create(Passwords.Cost.DEFAULT), Clock.systemUTC());
            // the demo accounts (five password hashes, about 0.5 s of CPU) are made once the server is serving: their
            // passwords are printed when they are stored, so nobody can sign in with them before
            demoAccounts = FirstAccounts.demoDue(staff, cli.env());
            if (!demoAccounts) {
                FirstAccounts.ensure(staff, cli.env(), new SecureRandom()).forEach(cli.out()::println);
            }
        } catch (RuntimeException e) {
            demo.whenComplete((loaded, failed) -> index.close()); // not waited for: the demo's full build stops with the process
            database.close();
            throw e;
        }
        Path configDir = ServerConfig.directory(cli.env());
        ChatService chat;
        AgentDesk desk;
        CallbackService callbacks;
        CallbackResource callbackPage;
        RotaResource rotaApi;
        CallbackDesk callbackDesk;
        CallbackAlarms alarms;
        ServiceLevelResource serviceLevels;
        ListenerParts listenerParts = null;
        ListenerService listener;
        ListenerResource listenerApi;
        ServiceMetrics metrics = new ServiceMetrics(Clock.systemUTC());
        StandardsResource standardsApi;
        ShiftsResource shiftsApi;
        AckLog acks = null;
        Triage triage = null;
        TriageAlerts triageAlerts = null;
        FaqEditor editor;
        ScheduledExecutorService webhookRetries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "callback-webhook");
            t.setDaemon(true);
            return t;
        });
        try {
            TeamHours teamHours = TeamHours.load(configDir.resolve("hours.yaml"));
            BusinessHours hours = teamHours.office();
            HandoffRules rules = HandoffRules.load(configDir.resolve("handoff.yaml"));
            Phrasebook phrases = Phrasebook.load(configDir.resolve("phrasing"));
            callbacks = new CallbackService(CallbackRules.load(configDir.resolve("callbacks.yaml")), teamHours,
                    new CallbackRepository(database.transactions(), Clock.systemUTC()),
                    new RotaRepository(database.transactions(), Clock.systemUTC()), Clock.systemUTC(), new SecureRandom());
            Bot bot = Bot.create(new BotConfig(config.chat().botName(), config.faq().defaultLanguage(), hours, rules),
                    FaqSearch.of(index), phrases, Clock.systemUTC(), callbacks);
            callbackPage = new CallbackResource(callbacks, phrases, config.faq().defaultLanguage(), rules::teamName);
            rotaApi = new RotaResource(callbacks, new java.util.HashSet<>(rules.teamIds()), login -> staff.findByLogin(login)
                    .filter(a -> !a.disabled() && a.hasAny(java.util.Set.of(Role.AGENT, Role.SUPERVISOR))).isPresent());
            HandoffQueue queue = new HandoffQueue(database.handoffs(), new WaitEstimator(database.handoffs(), Clock.systemUTC()));
            chat = ChatService.start(config.chat(), bot, database.conversations(), queue, WidgetLabels.load(configDir.resolve("widget")),
                    config.faq().defaultLanguage(), hours.zone(), Clock.systemUTC());
            desk = new AgentDesk(chat, database.handoffs(), FaqSearch.of(index), ToneGuard.load(configDir.resolve("agent-tone.yaml")),
                    rules.teamIds());
            chat.onLineChange(team -> desk.queueChanged());
            // what operators scrape at /metrics (docs/metrics.md)
            acks = new AckLog(database.transactions(), Clock.systemUTC());
            chat.meter(metrics.chat().and(acks));
            metrics.connections(chat::connections);
            metrics.waiting(rules.teamIds(), team -> queue.waiting(team).size());
            desk.onPickUp(metrics::pickedUp);
            chat.onCallbackBooking(new CallbackBookings(callbacks));
            AgentDesk agents = desk;
            chat.onCallbackAdvice((team, place) -> agents.callbackAdvice(team, place, rules.callbackAfter()));
            // keeping the appointment: the console's call backs, reminders and escalation, service levels
            KeepingRules keeping = KeepingRules.load(configDir.resolve("callbacks.yaml"), cli.env());
            Appointments appointments = new Appointments(database.transactions(), Clock.systemUTC());
            callbackDesk = new CallbackDesk(appointments, callbacks, keeping, rules.teamIds(), login -> staff.findByLogin(login)
                    .filter(a -> !a.disabled() && a.hasAny(EnumSet.of(Role.AGENT, Role.SUPERVISOR))).isPresent(), Clock.systemUTC());
            alarms = new CallbackAlarms(appointments, keeping, Clock.systemUTC());
            alarms.listen(callbackDesk);
            keeping.webhook().ifPresent(target -> alarms.listen(new WebhookAlarms(new CallbackWebhook(target,
                    keeping.webhookAttempts(), Duration.ofSeconds(2), HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .build(), webhookRetries, Clock.systemUTC()))));
            serviceLevels = new ServiceLevelResource(appointments, keeping, rules.teamIds(), Clock.systemUTC());
            CallbackService rotas = callbacks;
            shiftsApi = new ShiftsResource(rules::teamIds, rotas::rota, team -> teamHours.of(team).zone(), Clock.systemUTC());
            standardsApi = new StandardsResource(Standards.load(configDir.resolve("standards.yaml")),
                    new StandardsEvaluator(new SampleStore(database.transactions()), Clock.systemUTC()));
            // the listener: sources polled in the background, mentions stored (docs/listener.md)
            listenerParts = ListenerParts.load(configDir, null, config.dataDir(), index, config.faq().defaultLanguage(),
                    Clock.systemUTC());
            MentionRepository mentionStore = new MentionRepository(database.transactions(), Clock.systemUTC());
            listener = new ListenerService(ListenerParts.sources(configDir, cli.env()), listenerParts.finder(), mentionStore,
                    Clock.systemUTC());
            listenerApi = new ListenerResource(listener, mentionStore);
            metrics.listener(listener);
            // the social team's triage desk: its page's API and live feed (docs/triage.md)
            triage = Triage.start(configDir, database, mentionStore, listener, chat, hours.zone(), staff, config.staff());
            // triage alerts: surges, the webhook, staff notices, watchlist and source editing (docs/triage-alerts.md)
            triageAlerts = TriageAlerts.start(database.transactions(), configDir, cli.env(), listenerParts, listener,
                    triage.events(), Clock.systemUTC());
            String demoLoaded = demo.join();
            if (demoLoaded != null) {
                cli.out().println(demoLoaded);
            }
            // the FAQ editor: the store of entries and versions, reconciled with the index (docs/faq-editor.md)
            editor = FaqEditor.start(database, index, configDir, Clock.systemUTC());
        } catch (RuntimeException e) {
            if (triageAlerts != null) {
                triageAlerts.close();
            }
            if (triage != null) {
                triage.close();
            }
            if (acks != null) {
                acks.close();
            }
            if (listenerParts != null) {
                listenerParts.close();
            }
            webhookRetries.shutdownNow();
            database.close();
            if (e instanceof CompletionException && e.getCause() instanceof Exception demoFailure) {
                throw demoFailure; // the demo corpus could not be read: reported as any bad input file is
            }
            throw new CliException(ExitCodes.CONFIG, e.getMessage());
        }
        ResourceConfig api = new ResourceConfig().registerInstances(new HealthResource(() -> {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("faq_entries", index.entries().size());
            figures.put("faq_model", index.fullBuildPending() ? "quick" : "full");
            figures.put("chat_connections", chat.connections());
            figures.put("listener_sources", listener.sources().size());
            return figures;
        }));
        api.registerInstances(callbackPage, rotaApi);
        api.registerInstances(serviceLevels);
        api.registerInstances(listenerApi, standardsApi,
                new ConversationsResource(new ConversationFigures(database.transactions()), Clock.systemUTC()),
                new MentionsResource(new MentionFigures(database.transactions()), Clock.systemUTC()), shiftsApi);
        api.registerInstances(triage.api(), triageAlerts.resource());
        api.registerInstances(editor.resources().toArray());
        StaffWeb.register(api, staff, config.staff());
        int chosen = port != null ? port : config.port();
        // the agent console's WebSocket: a live staff session of an agent, a supervisor or an admin
        AgentAuthenticator signIn = StaffAgents.of(staff, config.staff());
        WebServer server = WebServer.start(host, chosen, api, List.of(ChatEndpoint.config(chat, config.chat()),
                AgentEndpoint.config(desk, callbackDesk, signIn), triage.endpoint()), handlers(StaffWeb.pages(staff, config.staff()), metrics));
        index.releaseBuilds();
        alarms.start(ALARM_PERIOD);
        listener.start();
        ListenerParts parts = listenerParts;
        TriageAlerts alerts = triageAlerts;
        Triage triageDesk = triage;
        AckLog ackLog = acks;
        FaqEditor faqEditor = editor;
        CountDownLatch stopped = new CountDownLatch(1);
        CompletableFuture<Void> serving = new CompletableFuture<>();
        CompletableFuture<Void> accountsMade = demoAccounts ? serving.thenRunAsync(() -> makeDemoAccounts(staff))
                : CompletableFuture.completedFuture(null);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // stopped while the demo accounts are made: they are all made and printed first (however that ends)
            accountsMade.handle((made, failed) -> null).join();
            alarms.close();
            listener.close();
            alerts.close();
            triageDesk.close();
            webhookRetries.shutdownNow();
            server.close();
            chat.close();
            faqEditor.close();
            ackLog.close();
            database.close();
            index.close();
            parts.close();
            stopped.countDown();
        }, "switchboard-shutdown"));
        cli.out().printf("switchboard: serving http://%s:%d/ (ready in %d ms; data in %s)%n",
                host.equals("0.0.0.0") ? "localhost" : host, server.port(), (System.nanoTime() - start) / 1_000_000, cli.dataDir());
        cli.out().flush();
        serving.complete(null);
        stopped.await();
        return ExitCodes.OK;
    }

    /** The demo accounts and their credentials, printed at once ({@link FirstAccounts}); a failure is printed, not thrown. */
    private void makeDemoAccounts(StaffService staff) {
        try {
            // one print, so that the lines stay together whatever else is printed meanwhile
            cli.out().println(String.join(System.lineSeparator(), FirstAccounts.ensure(staff, cli.env(), new SecureRandom())));
        } catch (RuntimeException e) {
            cli.out().println("switchboard: could not make the demo staff accounts: " + e.getMessage());
        }
        cli.out().flush();
    }

    /** The staff pages and {@code /metrics}, each by its path. */
    private static Map<String, org.glassfish.grizzly.http.server.HttpHandler> handlers(
            Map<String, org.glassfish.grizzly.http.server.HttpHandler> pages, ServiceMetrics metrics) {
        Map<String, org.glassfish.grizzly.http.server.HttpHandler> all = new LinkedHashMap<>(pages);
        all.put("/metrics", new MetricsPage(metrics));
        return all;
    }

    /**
     * Reads the demo corpus into the empty index: served at once by a quickly trained model, while
     * the full build (about 5 s of training here) runs in the background and then replaces it; a
     * stop waits for that build ({@link FaqIndex#update}, {@link FaqIndex#close}). Returns the line
     * to print; a file that cannot be read fails with a {@link CompletionException} around the cause.
     */
    private String loadDemo(FaqIndex index) {
        Path file = demoFaq != null ? demoFaq : demoBesideConfig();
        try {
            InputFiles.requireReadable(List.of(file));
            List<FaqEntry> entries = cli.importer(cli.config().faq().defaultLanguage()).readAll(List.of(file));
            long ms = index.update(entries);
            return "switchboard: the FAQ index was empty; loaded " + entries.size() + " demo entries from " + file
                    + " (answering after " + ms + " ms with a quickly trained model; the full one follows in the background)";
        } catch (IOException | FaqFormatException e) {
            throw new CompletionException(e);
        }
    }

    private Path demoBesideConfig() {
        return ServerConfig.directory(cli.env()).resolve("faq").resolve("demo.yaml");
    }
}
