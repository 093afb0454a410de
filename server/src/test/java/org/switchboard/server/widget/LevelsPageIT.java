package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.ConversationResolved;
import org.switchboard.bot.event.ConversationStarted;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.HelpfulnessAnswered;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.ResolutionReason;
import org.switchboard.bot.event.SurveyAnswered;
import org.switchboard.bot.event.SurveyCommentReceived;
import org.switchboard.faq.Language;
import org.switchboard.server.chat.EventCodec;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.jdbc.NewEvent;

/**
 * The service-level dashboard in headless Chromium on seeded data: a supervisor signs in, opens
 * {@code /staff/levels/} in Athens time and reads the figures worked out by hand below; the
 * comment search narrows the comments; a comment that looks like markup stays text; axe-core
 * finds no WCAG A/AA violation.
 */
class LevelsPageIT {
    private static final String PASSWORD = "a long dashboard password";
    private static final String MARKUP = "<img src=x onerror=alert(1)> too slow";

    @TempDir
    Path temp;

    @Test
    void aSupervisorReadsTheStandardsConversationsSatisfactionAndPeakHours() throws Exception {
        Path data = temp.resolve("data");
        ConfigCopy config = ConfigCopy.withHours(temp.resolve("config"), ConfigCopy.ALWAYS_OPEN);
        // two days ago at 09:10 UTC: 11:10 in Athens (UTC+2 in November)
        Instant base = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2)).plus(Duration.ofMinutes(9 * 60 + 10));
        seed(data, base);
        addStaff(data, config, "sofia", "Sofia Supervisor", "supervisor");
        try (RunningServer server = RunningServer.start(data, config); Browser browser = Browser.start()) {
            WebDriver d = browser.driver;
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(20));
            d.get(server.url() + "/staff/levels/?tz=Europe/Athens");
            wait.until(ExpectedConditions.urlContains("/login?next="));
            d.findElement(By.id("login")).sendKeys("sofia");
            d.findElement(By.id("password")).sendKeys(PASSWORD);
            d.findElement(By.id("sign-in")).click();
            wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("^Showing")));
            assertEquals("Europe/Athens", d.findElement(By.id("tz")).getAttribute("value"));

            // handoffs 30 s, 100 s, 150 s and one left after 300 s: 2 of 4 within 2 minutes, 4th of 4 = 300 s
            WebElement pickup = row(d, "#standards tbody tr", "Handoffs picked up within 2 minutes");
            List<String> cells = pickup.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertEquals("90% within 2 min", cells.get(0));
            assertEquals("50% (2 of 4)", cells.get(1));
            assertEquals("5 min", cells.get(2));
            assertEquals("Not met", cells.get(3));
            assertEquals("2 breaches", pickup.findElement(By.tagName("summary")).getText());

            // conversations: two started, one by the bot alone, one handed to billing, both resolved
            assertEquals(List.of("2 Conversations", "1 Answered by the bot alone", "1 Handed to a person", "2 Resolved"),
                    d.findElements(By.cssSelector("#chat-figures li")).stream().map(e -> e.getText().replace('\n', ' ')).toList());
            WebElement entry = row(d, "#entries tbody tr", "reset-password");
            assertEquals(List.of("2", "1", "1", "50%"), entry.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
            assertEquals("Average 6.0 of 10 from 2 ratings", d.findElement(By.id("csat-average")).getText());
            assertEquals(List.of("billing 1 3.0", "bot 1 9.0"), d.findElements(By.cssSelector("#csat-teams tbody tr")).stream()
                    .map(WebElement::getText).toList());

            // the visitors' four messages of the seeded day, at 11:00 in Athens
            String weekday = base.atZone(ZoneId.of("Europe/Athens")).getDayOfWeek().name().toLowerCase(Locale.ROOT);
            assertEquals(11, base.atZone(ZoneId.of("Europe/Athens")).getHour());
            assertEquals("4", d.findElement(By.cssSelector("#heat-chats td[data-day='" + weekday + "'][data-hour='11']")).getText());
            assertEquals("", d.findElement(By.cssSelector("#heat-chats td[data-day='" + weekday + "'][data-hour='9']")).getText());

            // beside them, the people on the shipped call back rotas (UTC): Monday 10:00 UTC is 12:00 in Athens
            assertEquals("2", d.findElement(By.cssSelector("#heat-agents td[data-day='monday'][data-hour='12']")).getText());
            assertEquals("1", d.findElement(By.cssSelector("#heat-agents td[data-day='monday'][data-hour='10']")).getText());
            assertEquals("", d.findElement(By.cssSelector("#heat-agents td[data-day='monday'][data-hour='9']")).getText());
            assertEquals("1", d.findElement(By.cssSelector("#heat-agents td[data-day='saturday'][data-hour='11']")).getText());

            // comments: the markup is text; the search narrows them
            List<WebElement> comments = d.findElements(By.cssSelector("#comments li"));
            assertEquals(2, comments.size());
            assertTrue(comments.stream().anyMatch(c -> c.getText().contains(MARKUP)), "shown as text");
            assertTrue(d.findElements(By.cssSelector("#comments img")).isEmpty(), "never as markup");
            d.findElement(By.id("comment-search")).sendKeys("clear");
            wait.until(dr -> dr.findElements(By.cssSelector("#comments li")).size() == 1 ? true : null);
            assertTrue(d.findElement(By.cssSelector("#comments li")).getText().startsWith("“Quick and clear, thanks” — rated 9, bot"),
                    d.findElement(By.cssSelector("#comments li")).getText());
            String csv = d.findElement(By.cssSelector("a.csv[data-table='comments']")).getAttribute("href");
            assertTrue(csv.contains("/api/service-levels/conversations/comments.csv?") && csv.contains("q=clear"), csv);

            // mentions per term, all and negative per day
            WebElement acme = row(d, "#terms tbody tr", "Acme");
            assertEquals(List.of("brand", "1", "1", "1"), acme.findElements(By.tagName("td")).stream().limit(4)
                    .map(WebElement::getText).toList());
            assertTrue(acme.findElement(By.tagName("svg")).getAttribute("aria-label").contains("1, 1 negative, 0 positive"),
                    acme.findElement(By.tagName("svg")).getAttribute("aria-label"));
            assertEquals("1", d.findElement(By.cssSelector("#heat-mentions td[data-day='" + weekday + "'][data-hour='11']")).getText());

            // any table as CSV, as shown
            assertEquals(8, d.findElements(By.cssSelector("button.save-csv")).size());
            // (ChromeDriver hands the string back with its line ends as \n)
            String standardsCsv = ((String) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return window.switchboardTableCsv('standards');")).replace("\r\n", "\n");
            assertTrue(standardsCsv.startsWith("Standard,Target,Within the limit,At the target percentile,Status,Trend,Breaches\n"),
                    standardsCsv);
            assertTrue(standardsCsv.contains("\nHandoffs picked up within 2 minutes,90% within 2 min,50% (2 of 4),5 min,Not met,"),
                    standardsCsv);
            String handoffLine = standardsCsv.lines().filter(l -> l.startsWith("Handoffs")).findFirst().orElseThrow();
            assertFalse(handoffLine.contains("still open"), "the visitor who left is not an open case: " + handoffLine);
            String mentionLine = standardsCsv.lines().filter(l -> l.startsWith("Mentions answered")).findFirst().orElseThrow();
            assertTrue(mentionLine.contains("0% (0 of 1)") && mentionLine.contains("still open"),
                    "the unanswered mention of two days ago: " + mentionLine);
            assertEquals(List.of("reset-password 1 9.0"), d.findElements(By.cssSelector("#csat-entries tbody tr")).stream()
                    .map(WebElement::getText).toList());

            Axe.assertNoViolations(d);

            // a breach links to its conversation in the agent console, which opens it
            WebElement breaches = row(d, "#standards tbody tr", "Handoffs picked up within 2 minutes").findElement(By.tagName("details"));
            breaches.findElement(By.tagName("summary")).click();
            WebElement link = breaches.findElement(By.cssSelector("li a"));
            assertTrue(link.getAttribute("href").matches(".*/staff/console/#conversation-\\d+"), link.getAttribute("href"));
            link.click();
            wait.until(ExpectedConditions.textToBe(By.id("connection"), "Connected"));
            wait.until(dr -> dr.findElement(By.id("transcript")).getText().contains("reset my password") ? true : null);
            assertFalse(server.output().contains(PASSWORD));
        }
    }

    private static WebElement row(WebDriver d, String css, String heading) {
        return d.findElements(By.cssSelector(css)).stream().filter(r -> r.findElement(By.tagName("th")).getText().equals(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + heading + " in " + css));
    }

    /** Handoffs and two conversations, written into the H2 file before the server starts. */
    private static void seed(Path data, Instant base) {
        EventCodec codec = new EventCodec();
        try (Database db = Database.open(DatabaseConfig.embedded(), data)) {
            long one = conversation(db, codec, base, new ConversationStarted(base, Language.ENGLISH, ZoneId.of("UTC")),
                    new MessageReceived(base, "reset my password", Language.ENGLISH),
                    new AnswerGiven(base, "reset-password", 0.9, "Use the link.", List.of()),
                    new HelpfulnessAnswered(base, "reset-password", false),
                    new MessageReceived(base, "the link expired", Language.ENGLISH),
                    new AnswerGiven(base, "reset-password", 0.9, "Use the link.", List.of()),
                    new HelpfulnessAnswered(base, "reset-password", true),
                    new ConversationResolved(base, ResolutionReason.VISITOR_CLOSED, null),
                    new SurveyAnswered(base, 9), new SurveyCommentReceived(base, "Quick and clear, thanks"));
            long two = conversation(db, codec, base.plusSeconds(300), new ConversationStarted(base, Language.ENGLISH, ZoneId.of("UTC")),
                    new MessageReceived(base, "money back", Language.ENGLISH),
                    new MessageReceived(base, "I want my refund", Language.ENGLISH),
                    new HandoffRequested(base, HandoffReason.TOPIC, false, "A person will reply here.", "billing", "refunds"),
                    new ConversationResolved(base, ResolutionReason.AGENT_CLOSED, "refunded"),
                    new SurveyAnswered(base, 3), new SurveyCommentReceived(base, MARKUP));
            var labels = new org.switchboard.listener.understand.Labels(org.switchboard.listener.understand.Sentiment.NEGATIVE, 0.9,
                    true, 0.9, false, 0.9, false, 0.9);
            new org.switchboard.server.listener.MentionRepository(db.transactions(), java.time.Clock.systemUTC()).store("alerts", "feed",
                    List.of(new org.switchboard.listener.Mention(new org.switchboard.listener.Post("p1", "alerts",
                            "Acme billed me twice this month", "@ana", 10, 0, "", base, null), Language.ENGLISH,
                            List.of(new org.switchboard.listener.watch.TermMatch("Acme", org.switchboard.listener.watch.TermKind.BRAND, 0, 4)),
                            labels, 60, java.util.Optional.empty(), 0)),
                    new org.switchboard.listener.source.SourceState(null, null, 0, 0), new org.switchboard.listener.NearDuplicates(10));
            handoff(db, one, base, 30, false);
            handoff(db, two, base.plusSeconds(600), 100, false);
            handoff(db, two, base.plusSeconds(1200), 150, false);
            handoff(db, one, base.plusSeconds(1800), 300, true);
        }
    }

    private static long conversation(Database db, EventCodec codec, Instant started, ConversationEvent... events) {
        return db.transactions().write("seed a conversation", c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO conversation (token_hash, language, time_zone, status,"
                    + " created_at, updated_at, last_sequence) VALUES (?, 'en', 'UTC', 'RESOLVED', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setBytes(1, (started + "-" + events.length).getBytes(StandardCharsets.UTF_8));
                ps.setObject(2, started.atOffset(ZoneOffset.UTC));
                ps.setObject(3, started.atOffset(ZoneOffset.UTC));
                ps.setLong(4, events.length);
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO conversation_event (conversation_id, sequence, type, author,"
                    + " payload, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < events.length; i++) {
                    NewEvent n = codec.encode(events[i]);
                    ps.setLong(1, id);
                    ps.setLong(2, i + 1);
                    ps.setString(3, n.type());
                    ps.setString(4, n.author().name().toLowerCase(Locale.ROOT));
                    ps.setString(5, n.payload());
                    ps.setObject(6, started.plusSeconds(i).atOffset(ZoneOffset.UTC));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return id;
        });
    }

    private static void handoff(Database db, long conversation, Instant requested, int seconds, boolean left) {
        db.transactions().write("seed a handoff", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO handoff (conversation_id, team, reason, language, requested_at,"
                    + " picked_up_at, agent_id, agent_name, ended_at, outcome) VALUES (?, 'support', 'visitor_asked', 'en', ?, ?, ?, ?, ?, ?)")) {
                Instant end = requested.plusSeconds(seconds);
                ps.setLong(1, conversation);
                ps.setObject(2, requested.atOffset(ZoneOffset.UTC));
                ps.setObject(3, left ? null : end.atOffset(ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setObject(4, left ? null : 1L, java.sql.Types.BIGINT);
                ps.setString(5, left ? null : "Ana");
                ps.setObject(6, end.atOffset(ZoneOffset.UTC));
                ps.setString(7, left ? "visitor_left" : "picked_up");
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** {@code switchboard staff add}, the password on standard input (serve stopped). */
    private static void addStaff(Path data, ConfigCopy config, String login, String name, String roles) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "switchboard.jar").toString(), "--data", data.toString(),
                "staff", "add", "--login", login, "--name", name, "--roles", roles).redirectErrorStream(true);
        builder.environment().put("SWITCHBOARD_CONFIG", config.file().toString());
        Process p = builder.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "staff add did not finish: " + out);
        assertEquals(0, p.exitValue(), "staff add failed: " + out);
    }
}
