package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.jdbc.Handoff;

/**
 * Issue 4's end-to-end test: the real server (the shaded jar) with an agent and a supervisor made
 * by {@code switchboard staff add}, and three headless Chromium browsers: a visitor on the demo
 * page with the widget, the agent's console and the supervisor's console. The visitor asks for a
 * person, the agent signs in, sees the chat waiting and takes it; they write both ways (with
 * typing shown both ways); the tone guard holds "I don't know"; the agent transfers the chat to
 * the supervisors with a note; the supervisor takes and closes it; the visitor gets the survey;
 * both pick-up times are stored. Lives beside the widget's browser helpers, which it shares.
 */
class AgentConsoleIT {
    private static final String AGENT_PASSWORD = "correct horse battery agent";
    private static final String SUPERVISOR_PASSWORD = "correct horse battery boss";
    private static final String ASK = "I want to talk to a person about my parcel <b>now</b>";

    @TempDir
    Path temp;
    private RunningServer server;
    private Browser visitorBrowser;
    private Browser agentBrowser;
    private Browser supervisorBrowser;

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {visitorBrowser, agentBrowser, supervisorBrowser, server}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing the rest matters more
            }
        }
    }

    @Test
    void aVisitorAsksForAPersonAnAgentTakesItTransfersItToASupervisorWhoClosesItAndTheVisitorGetsTheSurvey() throws Exception {
        Path data = temp.resolve("data");
        ConfigCopy config = ConfigCopy.withHours(temp.resolve("config"), ConfigCopy.ALWAYS_OPEN);
        addStaff(data, config, "ana", "Ana Agent", "agent", AGENT_PASSWORD);
        addStaff(data, config, "sofia", "Sofia Supervisor", "supervisor", SUPERVISOR_PASSWORD);
        server = RunningServer.start(data, config);
        visitorBrowser = Browser.start();
        agentBrowser = Browser.start();
        supervisorBrowser = Browser.start();

        // the agent signs in through the login page and is available
        ConsolePage agent = new ConsolePage(agentBrowser).signIn(server.url(), "ana", AGENT_PASSWORD);
        assertEquals("Ana Agent", agent.agentName());
        agent.setAvailable();
        ConsolePage supervisor = new ConsolePage(supervisorBrowser).signIn(server.url(), "sofia", SUPERVISOR_PASSWORD);
        assertEquals("Sofia Supervisor (supervisor)", supervisor.agentName());

        // the visitor asks for a person
        WidgetPage visitor = new WidgetPage(visitorBrowser, java.time.Duration.ofSeconds(20)).load(server.url() + "/?lang=en").open();
        visitor.send(ASK);
        visitor.awaitVisitor(ASK);

        // the chat waits in the agent's line: language, why, the first message as text, the time ticking
        WebElement entry = agent.awaitQueueEntry("talk to a person");
        assertEquals(ASK, entry.findElement(By.cssSelector(".first")).getText(), "the visitor's words are text, not markup");
        assertEquals("EN", entry.findElement(By.cssSelector(".lang")).getText());
        assertEquals("asked for a person", entry.findElement(By.cssSelector(".reason")).getText());
        WebElement wait = entry.findElement(By.cssSelector(".wait"));
        String firstWait = wait.getText();
        assertTrue(firstWait.matches("\\d+ s|\\d+ min \\d+ s"), firstWait);
        agent.await("the waiting time to tick", d -> !wait.getText().equals(firstWait) ? true : null);

        agent.take(entry);
        long conversation = agent.conversationId();
        ConsolePage.Line asked = agent.awaitLine("visitor", "talk to a person");
        assertEquals(ASK, asked.text());
        assertFalse(asked.html().contains("<b>"), "visitor text is never markup: " + asked.html());
        assertTrue(agent.facts().contains("asked for a person"), agent.facts());
        assertTrue(agent.facts().contains("EN"), agent.facts());
        visitor.awaitMessage("Ana from Support has joined", m -> "agent".equals(m.author()) && m.text().contains("Ana Agent from Support"));

        // both ways, with typing shown both ways
        WebElement visitorInput = visitor.find(WidgetPage.INPUT);
        visitorInput.sendKeys("Where is");
        agent.awaitTyping("The visitor is typing\u2026");
        visitorInput.sendKeys(" my parcel?");
        server.pause(); // a slow server: the message waits for its ack, but a person has the chat, not the bot
        try {
            visitorInput.sendKeys(org.openqa.selenium.Keys.ENTER);
            Thread.sleep(1_000); // well past the 300 ms after which the widget shows the bot typing
            assertFalse(visitor.find(By.cssSelector(".sbw-typing")).isDisplayed(), "the bot typing while an agent has the chat");
        } finally {
            server.resume();
        }
        visitor.awaitVisitor("Where is my parcel?");
        agent.awaitLine("visitor", "Where is my parcel?");
        agent.awaitTyping("");

        agent.type("It left");
        visitor.await("the agent typing", ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sbw-typing")));
        agent.send(" our warehouse this morning.");
        visitor.awaitMessage("the agent's reply", m -> "agent".equals(m.author()) && m.text().equals("It left our warehouse this morning."));
        agent.awaitLine("agent", "It left our warehouse this morning.");
        agent.awaitReplyBox("");

        // the server restarts (a deploy): the console reconnects by itself and reopens the chat it has
        server.stop();
        agent.await("the console to notice", d -> !agent.text(By.id("connection")).equals("Connected") ? true : null);
        server.restart();
        agent.await("the console connected again", ExpectedConditions.textToBe(By.id("connection"), "Connected"));
        agent.awaitLine("visitor", "Where is my parcel?");
        assertTrue(agent.driver.findElement(By.id("available")).isSelected(), "available again, as before");

        // the tone guard: "I don't know" is held back with a gentler phrasing; the agent uses it
        agent.send("I don't know.");
        String tone = agent.awaitTone();
        assertTrue(tone.contains("Let me find out for you."), tone);
        agent.click("tone-use");
        agent.awaitReplyBox("Let me find out for you.");
        agent.send("");
        visitor.awaitMessage("the gentler reply", m -> "agent".equals(m.author()) && m.text().equals("Let me find out for you."));
        assertTrue(visitor.messages().stream().noneMatch(m -> m.text().contains("I don't know")), "held back: " + visitor.messages());
        // ... or sends it anyway
        agent.send("I don't know yet, but I will check.");
        agent.awaitTone();
        agent.click("tone-anyway");
        visitor.awaitMessage("the reply sent anyway", m -> m.text().equals("I don't know yet, but I will check."));

        // a canned answer from the FAQ goes into the reply box
        agent.insertCanned("opening hours");
        assertFalse(agent.replyBox().isBlank(), "an FAQ answer was inserted");
        driverClear(agent);

        Axe.assertNoViolations(agentBrowser.driver);

        // the agent passes it on to the supervisors with a note the visitor never sees
        agent.transfer("supervisor", "asks for a goodwill refund");
        visitor.awaitMessage("the transfer", m -> m.text().contains("passed your chat to the Supervisors"));
        agent.awaitEnded();
        WebElement escalated = supervisor.awaitQueueEntry("asks for a goodwill refund");
        assertTrue(agent.queueTexts().stream().noneMatch(t -> t.contains("goodwill")), "agents do not see the supervisors' line");
        supervisor.take(escalated);
        assertEquals(conversation, supervisor.conversationId());
        supervisor.awaitLine("visitor", "Where is my parcel?");
        supervisor.awaitLine("agent", "It left our warehouse this morning.");
        visitor.awaitMessage("the supervisor joining", m -> m.text().contains("Sofia Supervisor from the Supervisors has joined"));
        assertTrue(visitor.messages().stream().noneMatch(m -> m.text().contains("goodwill")), "the note is for colleagues only");

        supervisor.send("I have approved a goodwill refund for you.");
        visitor.awaitMessage("the supervisor's reply", m -> m.text().equals("I have approved a goodwill refund for you."));
        supervisor.close("solved");
        supervisor.awaitEnded();

        // the visitor is asked the survey: ratings 1 to 10
        List<String> ratings = visitor.await("the survey's ratings", d -> visitor.quickReplies().size() == 10 ? visitor.quickReplies() : null);
        assertEquals("1", ratings.get(0));
        assertEquals("10", ratings.get(9));

        // both pick-ups are stored with their times (read once the server has stopped and let go of the database)
        server.stop();
        try (Database db = Database.open(DatabaseConfig.embedded(), data)) {
            List<Handoff> handoffs = db.handoffs().forConversation(conversation);
            assertEquals(List.of("Ana Agent", "Sofia Supervisor"), handoffs.stream().map(Handoff::agentName).toList());
            assertTrue(handoffs.stream().allMatch(h -> h.pickUpWait().isPresent()), "pick-up times: " + handoffs);
        }
    }

    private static void driverClear(ConsolePage page) {
        page.driver.findElement(By.id("reply")).clear();
    }

    /** {@code switchboard staff add}, the password on standard input, as an operator runs it (serve stopped). */
    private static void addStaff(Path data, ConfigCopy config, String login, String name, String roles, String password)
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
