package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.switchboard.bot.callback.CallbackRules;
import org.switchboard.bot.callback.Contact;
import org.switchboard.bot.callback.Rota;
import org.switchboard.bot.callback.Shift;
import org.switchboard.bot.callback.Slot;
import org.switchboard.bot.event.ConversationStarted;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.hours.TeamHours;
import org.switchboard.faq.Language;
import org.switchboard.server.callback.Appointments;
import org.switchboard.server.callback.BookingOutcome;
import org.switchboard.server.callback.CallbackRepository;
import org.switchboard.server.callback.CallbackService;
import org.switchboard.server.callback.CallbackWebhook;
import org.switchboard.server.callback.Punctuality;
import org.switchboard.server.callback.RecordedOutcome;
import org.switchboard.server.callback.RotaRepository;
import org.switchboard.server.chat.EventCodec;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/**
 * Keeping a call back, end to end (issue 5): the real server (the shaded jar) with the reminder
 * lead time set so the reminder is due at once, a webhook receiver on loopback, and two headless
 * Chromiums. A call back is booked through the service API before the server starts (the widget's
 * booking has its own test); the agent signs in, sees it in the Call backs view with both times
 * and is reminded, opens the transcript, claims it, calls and marks it done with a note; the
 * supervisor's console shows the kept rate; axe-core finds nothing on either console; the
 * outcome is stored as kept and the webhook got a signed reminder.
 */
class CallbackConsoleIT {
    private static final String AGENT_PASSWORD = "correct horse battery agent";
    private static final String SUPERVISOR_PASSWORD = "correct horse battery boss";
    private static final String SECRET = "a webhook secret for the test";
    private static final String NOTE = "Call about my <i>refund</i>, please";
    private static final String ASKED = "Where is my refund? <b>now</b>";

    @TempDir
    Path temp;
    private RunningServer server;
    private Browser agentBrowser;
    private Browser supervisorBrowser;
    private HttpServer receiver;

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {agentBrowser, supervisorBrowser, server}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing the rest matters more
            }
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void anAgentSeesIsRemindedClaimsCallsAndMarksDoneAndTheKeptRateShowsIt() throws Exception {
        Path data = temp.resolve("data");
        ConfigCopy config = ConfigCopy.withHours(temp.resolve("config"), ConfigCopy.ALWAYS_OPEN);
        Path callbacksYaml = temp.resolve("config").resolve("callbacks.yaml");
        String yaml = Files.readString(callbacksYaml);
        assertTrue(yaml.contains("remind_minutes_before: 10"));
        // the reminder lead time is a day: the reminder is due as soon as the server looks
        Files.writeString(callbacksYaml, yaml.replace("remind_minutes_before: 10", "remind_minutes_before: 1440"));
        AgentConsoleITStaff.add(data, config, "ana", "Ana Agent", "agent", AGENT_PASSWORD);
        AgentConsoleITStaff.add(data, config, "sofia", "Sofia Supervisor", "supervisor", SUPERVISOR_PASSWORD);

        // a visitor's chat and a call back booked from it, as the bot books one, with ana on the rota every day
        long conversation;
        long callbackId;
        java.time.Instant start;
        try (Database db = Database.open(DatabaseConfig.embedded(), data)) {
            conversation = db.conversations().create("en", ZoneId.of("Asia/Ho_Chi_Minh")).conversation().id();
            EventCodec codec = new EventCodec();
            db.conversations().append(conversation, List.of(
                    codec.encode(new ConversationStarted(Clock.systemUTC().instant(), Language.ENGLISH, ZoneId.of("Asia/Ho_Chi_Minh"))),
                    codec.encode(new MessageReceived(Clock.systemUTC().instant(), ASKED, Language.ENGLISH))));
            CallbackService service = new CallbackService(CallbackRules.load(callbacksYaml),
                    TeamHours.load(temp.resolve("config").resolve("hours.yaml")),
                    new CallbackRepository(db.transactions(), Clock.systemUTC()), new RotaRepository(db.transactions(), Clock.systemUTC()),
                    Clock.systemUTC(), new SecureRandom());
            List<Shift> everyDay = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                everyDay.add(new Shift(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, "ana"));
            }
            service.replaceRota("support", new Rota(everyDay), "sofia");
            java.time.Instant now = Clock.systemUTC().instant();
            Slot slot = service.offer("support", now, now, 1).orElseThrow().slots().get(0);
            start = slot.start();
            BookingOutcome booked = service.book(conversation, "token-of-the-chat", "support", slot.start(),
                    Contact.parse("+84 912 345 678").orElseThrow(), NOTE, ZoneId.of("Asia/Ho_Chi_Minh"), "en");
            callbackId = ((BookingOutcome.Booked) booked).callback().id();
        }

        BlockingQueue<String[]> deliveries = new LinkedBlockingQueue<>();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            deliveries.add(new String[] {exchange.getRequestHeaders().getFirst(CallbackWebhook.SIGNATURE),
                    new String(body, StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        server = RunningServer.start(data, config, Map.of(
                "SWITCHBOARD_CALLBACK_WEBHOOK_URL", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "SWITCHBOARD_CALLBACK_WEBHOOK_SECRET", SECRET));

        // the webhook gets the reminder, signed
        String[] delivery = deliveries.poll(30, TimeUnit.SECONDS);
        assertNotNull(delivery, "no webhook delivery within 30 s:\n" + server.output());
        assertEquals(CallbackWebhook.sign(SECRET.getBytes(StandardCharsets.UTF_8), delivery[1].getBytes(StandardCharsets.UTF_8)),
                delivery[0]);
        JsonNode hook = new ObjectMapper().readTree(delivery[1]);
        assertEquals("callback.reminder", hook.get("event").asText());
        assertEquals(callbackId, hook.at("/callback/id").asLong());

        // the agent signs in and sees the call back, with the visitor's time and words as text, and is reminded
        agentBrowser = Browser.start();
        ConsolePage agent = new ConsolePage(agentBrowser).signIn(server.url(), "ana", AGENT_PASSWORD);
        WebElement entry = agent.await("the call back listed", d -> d.findElements(
                By.cssSelector("#callbacks-list li.callback[data-callback-id='" + callbackId + "']")).stream().findFirst().orElse(null));
        String shown = entry.getText();
        assertTrue(shown.contains("+84912345678"), shown);
        assertTrue(shown.contains("(Asia/Ho_Chi_Minh)"), shown);
        assertTrue(shown.contains("Unclaimed"), shown);
        assertTrue(shown.contains("Due soon"), shown);
        assertEquals("Visitor\u2019s note: " + NOTE, entry.findElement(By.cssSelector(".vnote")).getText());
        assertFalse(entry.findElement(By.cssSelector(".vnote")).getAttribute("innerHTML").contains("<i>"), "text, not markup");
        String reminder = agent.await("the reminder", d -> {
            String t = agent.text(By.id("callback-alerts"));
            return t.contains("Reminder: call back at") ? t : null;
        });
        assertTrue(reminder.contains("nobody has claimed it yet"), reminder);
        assertEquals("1", agent.text(By.id("callbacks-count")));

        // the transcript of the chat it was booked from
        entry.findElement(By.cssSelector("button.transcript")).click();
        assertEquals(conversation, agent.conversationId());
        assertEquals(ASKED, agent.awaitLine("visitor", "Where is my refund?").text());

        // claim, call, record done with a note
        agent.driver.findElement(By.cssSelector("li.callback button.claim")).click();
        agent.await("claimed", d -> agent.text(By.id("callbacks-list")).contains("Claimed by you") ? true : null);
        agent.driver.findElement(By.cssSelector("li.callback button.call")).click();
        agent.await("calling", d -> agent.text(By.id("callbacks-list")).contains("You are calling") ? true : null);
        agent.driver.findElement(By.cssSelector("li.callback button.record")).click();
        agent.await("the outcome form", ExpectedConditions.visibilityOfElementLocated(By.id("outcome-" + callbackId)));
        new Select(agent.driver.findElement(By.id("outcome-" + callbackId))).selectByValue("done");
        agent.driver.findElement(By.id("outcome-note-" + callbackId)).sendKeys("Spoke with the visitor; refund sent");
        Axe.assertNoViolations(agentBrowser.driver);
        agent.driver.findElement(By.cssSelector("li.callback button.save-outcome")).click();
        agent.await("saved", ExpectedConditions.textToBe(By.id("callback-saved"), "Saved: Done (kept)."));
        agent.await("the list emptied", ExpectedConditions.textToBe(By.id("callbacks-count"), "0"));

        // the supervisor's console shows the kept rate
        supervisorBrowser = Browser.start();
        ConsolePage supervisor = new ConsolePage(supervisorBrowser).signIn(server.url(), "sofia", SUPERVISOR_PASSWORD);
        supervisor.await("the kept rate", ExpectedConditions.textToBe(By.cssSelector("dd[data-level='Kept rate']"), "100%"));
        assertEquals("0%", supervisor.text(By.cssSelector("dd[data-level='No-show rate']")));
        new Select(supervisor.driver.findElement(By.id("rota-team"))).selectByValue("support");
        supervisor.driver.findElement(By.cssSelector("#rota-load button[type=submit]")).click();
        supervisor.await("the rota", d -> d.findElements(By.cssSelector("#rota-rows tr")).size() == 7 ? true : null);
        Axe.assertNoViolations(supervisorBrowser.driver);

        server.stop();
        try (Database db = Database.open(DatabaseConfig.embedded(), data)) {
            List<RecordedOutcome> outcomes = new Appointments(db.transactions(), Clock.systemUTC()).outcomes(callbackId);
            assertEquals(1, outcomes.size());
            assertEquals(Punctuality.KEPT, outcomes.get(0).punctuality());
            assertEquals("ana", outcomes.get(0).agent());
            assertEquals("Spoke with the visitor; refund sent", outcomes.get(0).note());
            assertEquals(start, outcomes.get(0).promisedAt());
        }
    }

    /** {@code switchboard staff add} as AgentConsoleIT runs it. */
    static final class AgentConsoleITStaff {
        static void add(Path data, ConfigCopy config, String login, String name, String roles, String password)
                throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", Path.of("target", "switchboard.jar").toString(), "--data", data.toString(),
                    "staff", "add", "--login", login, "--name", name, "--roles", roles).redirectErrorStream(true);
            builder.environment().put("SWITCHBOARD_CONFIG", config.file().toString());
            Process p = builder.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write((password + "\n").getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "staff add did not finish: " + out);
            assertEquals(0, p.exitValue(), "staff add failed: " + out);
        }
    }
}
