package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchboard.server.callback.CallbackWebhook;

/**
 * The triage settings page end to end (issue 7): the real server (the shaded jar) polling an RSS
 * feed on loopback every 10 s, a webhook receiver on loopback, and a headless Chromium. A
 * supervisor signs in and edits the watchlist: an invalid edit shows the server's message naming
 * the file, term and key, and changes nothing; a valid one is saved (the old file kept as
 * {@code .bak}) and takes effect without a restart: the next poll flags a post naming the new
 * term, the webhook gets it signed, and the delivery log on the page shows it delivered. axe-core
 * finds no WCAG 2.1 A/AA violation.
 */
class TriageSettingsIT {
    private static final String PASSWORD = "correct horse battery boss";
    private static final String SECRET = "a secret of the triage webhook";
    private static final String PAGE = "/staff/triage/settings.html";

    @TempDir
    Path temp;
    private RunningServer server;
    private Browser browser;
    private HttpServer web;
    private final List<String[]> items = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {browser, server}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing the rest matters more
            }
        }
        if (web != null) {
            web.stop(0);
        }
    }

    private String rss() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Blog</title>"
                + "<link>https://blog.example/</link><description>x</description>");
        for (String[] i : items) {
            b.append("<item><guid>").append(i[0]).append("</guid><title>").append(i[1]).append("</title><link>https://blog.example/")
                    .append(i[0]).append("</link><pubDate>").append(i[2]).append("</pubDate></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    @Test
    void aSupervisorEditsTheWatchlistAndTheNextPollFindsTheNewTerm() throws Exception {
        BlockingQueue<String[]> deliveries = new LinkedBlockingQueue<>();
        web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/feed.xml", exchange -> {
            byte[] body = rss().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        web.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            deliveries.add(new String[] {exchange.getRequestHeaders().getFirst(CallbackWebhook.SIGNATURE),
                    new String(body, StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        web.start();
        String base = "http://127.0.0.1:" + web.getAddress().getPort();
        items.add(new String[] {"z1", "My Zephyrphone battery died again, so annoying", "Mon, 23 Nov 2026 08:00:00 GMT"});

        Path data = temp.resolve("data");
        ConfigCopy config = ConfigCopy.withHours(temp.resolve("config"), ConfigCopy.ALWAYS_OPEN);
        Path listener = temp.resolve("config").resolve("listener");
        Files.writeString(listener.resolve("sources.yaml"), "sources:\n  - {name: blog, kind: feed, url: '" + base
                + "/feed.xml', interval: 10s}\n");
        Files.writeString(listener.resolve("alerts.yaml"), "high_priority: 0\nwebhook: {attempts: 2, first_retry: 200ms}\n");
        String shipped = Files.readString(listener.resolve("watchlist.yaml"));
        CallbackConsoleIT.AgentConsoleITStaff.add(data, config, "sofia", "Sofia Supervisor", "supervisor", PASSWORD);
        server = RunningServer.start(data, config, Map.of("SWITCHBOARD_TRIAGE_WEBHOOK_URL", base + "/hook",
                "SWITCHBOARD_TRIAGE_WEBHOOK_SECRET", SECRET));

        browser = Browser.start();
        WebDriver driver = browser.driver;
        driver.get(server.url() + PAGE);
        await(driver, "the login page", ExpectedConditions.urlContains("/login?next="));
        driver.findElement(By.id("login")).sendKeys("sofia");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        await(driver, "the settings page", ExpectedConditions.urlToBe(server.url() + PAGE));
        WebElement area = driver.findElement(By.id("watchlist-yaml"));
        await(driver, "the watchlist loaded", d -> area.getAttribute("value").contains("Maria Santos") ? true : null);
        assertEquals(shipped, area.getAttribute("value"));
        await(driver, "the source's health", d -> text(d, By.cssSelector("#health tbody")).contains("blog") ? true : null);

        // an invalid edit: the server's message, nothing changed
        setText(driver, area, shipped + "\n  - name: Zephyrphone\n    kind: gadget\n");
        driver.findElement(By.id("watchlist-save")).click();
        String refused = await(driver, "the refusal", d -> {
            String t = text(d, By.id("watchlist-result"));
            return t.startsWith("Not saved:") ? t : null;
        });
        assertTrue(refused.contains("watchlist.yaml") && refused.contains("(Zephyrphone): kind: unknown kind 'gadget'"), refused);
        assertEquals(shipped, Files.readString(listener.resolve("watchlist.yaml")));
        assertTrue(!Files.exists(listener.resolve("watchlist.yaml.bak")));
        Axe.assertNoViolations(driver);

        // a valid edit: saved, the old file kept, in force for the next poll
        setText(driver, area, shipped + "\n  - name: Zephyrphone\n    kind: product\n");
        driver.findElement(By.id("watchlist-save")).click();
        String saved = await(driver, "saved", d -> {
            String t = text(d, By.id("watchlist-result"));
            return t.startsWith("Saved:") ? t : null;
        });
        assertTrue(saved.contains("12 terms"), saved);
        assertTrue(Files.readString(listener.resolve("watchlist.yaml")).endsWith("kind: product\n"));
        assertEquals(shipped, Files.readString(listener.resolve("watchlist.yaml.bak")));

        items.add(new String[] {"z2", "The Zephyrphone screen cracked on the first day, I want a refund",
                "Mon, 23 Nov 2026 09:00:00 GMT"});
        String[] delivery = deliveries.poll(45, TimeUnit.SECONDS);
        assertNotNull(delivery, "no webhook delivery within 45 s:\n" + server.output());
        assertEquals(CallbackWebhook.sign(SECRET.getBytes(StandardCharsets.UTF_8), delivery[1].getBytes(StandardCharsets.UTF_8)),
                delivery[0]);
        JsonNode hook = new ObjectMapper().readTree(delivery[1]);
        assertEquals("high_priority_mention", hook.get("event").asText());
        assertTrue(hook.at("/mention/text").asText().contains("Zephyrphone screen cracked"), delivery[1]);
        assertEquals("Zephyrphone", hook.at("/mention/matches/0/term").asText());
        // the first post, polled before the edit, was never flagged
        @SuppressWarnings("unchecked")
        List<Object> open = (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[0];"
                + " fetch('/api/listener/mentions').then(function (r) { return r.json(); })"
                + ".then(function (b) { done(b.mentions.map(function (m) { return m.text; })); });");
        assertEquals(1, open.size(), String.valueOf(open));

        // the delivery log shows it delivered
        await(driver, "the delivery logged", d -> {
            d.findElement(By.id("deliveries-refresh")).click();
            String t = text(d, By.cssSelector("#deliveries tbody"));
            return t.contains("high_priority_mention") && t.contains("delivered") ? true : null;
        });
        Axe.assertNoViolations(driver);
    }

    private static void setText(WebDriver driver, WebElement area, String text) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", area, text);
    }

    private static String text(WebDriver d, By by) {
        List<WebElement> found = d.findElements(by);
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static <T> T await(WebDriver driver, String what, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
        } catch (TimeoutException e) {
            throw new AssertionError("waited for " + what + "; the page shows:\n" + driver.findElement(By.tagName("body")).getText(), e);
        }
    }
}
