package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchboard.server.staff.web.Http;

/**
 * The triage desk end to end (issue 7): the real server (the shaded jar) with a copied
 * configuration whose only source is an RSS feed on loopback, and two headless Chromiums signed
 * in as two members of the social team. A complaint appears on the feed and arrives on the page
 * live, without a reload; it is filtered, assigned, its label corrected, marked responded and a
 * case opened from it; the other browser sees each change live. The post's text, which holds an
 * HTML tag, is shown as text; an abusive one is blurred until clicked. axe-core finds nothing; an agent and an editor get 403 on the API
 * and on the page; the correction comes out as a training label.
 */
class TriageDeskIT {
    private static final String PASSWORD_LEA = "correct horse battery one";
    private static final String PASSWORD_SAM = "correct horse battery two";
    private static final String PASSWORD_ANA = "correct horse battery three";
    private static final String PASSWORD_ED = "correct horse battery four";
    /** The feed's title, escaped once more so the post's text holds a real tag after the listener's HTML-to-text. */
    private static final String TITLE = "Acme charged me twice this month &lt;img src=x onerror=window.pwned=1&gt; and nobody answers";
    private static final String ABUSE = "Acme you stupid idiots, your support staff are useless morons";
    private static final String TEXT = "Acme charged me twice this month <img src=x onerror=window.pwned=1> and nobody answers";

    @TempDir
    Path temp;
    private RunningServer server;
    private Browser lea;
    private Browser sam;
    private HttpServer feed;
    private volatile String items = "";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Http staff = new Http(path -> server.url() + path);

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {lea, sam, server}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing the rest matters more
            }
        }
        if (feed != null) {
            feed.stop(0);
        }
    }

    @Test
    void aMentionArrivesLiveIsFilteredAssignedCorrectedAndAnsweredAndTheOtherPageSeesItLive() throws Exception {
        feed = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feed.createContext("/feed.xml", exchange -> {
            byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>alerts</title>"
                    + "<link>https://alerts.example/</link><description>test</description>" + items + "</channel></rss>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        feed.start();
        Path data = temp.resolve("data");
        ConfigCopy config = ConfigCopy.withHours(temp.resolve("config"), ConfigCopy.ALWAYS_OPEN);
        Files.writeString(temp.resolve("config").resolve("listener").resolve("sources.yaml"),
                "sources:\n  - {name: alerts, kind: feed, interval: 10s, url: \"http://127.0.0.1:" + feed.getAddress().getPort()
                        + "/feed.xml\"}\n");
        CallbackConsoleIT.AgentConsoleITStaff.add(data, config, "lea", "Lea Social", "social", PASSWORD_LEA);
        CallbackConsoleIT.AgentConsoleITStaff.add(data, config, "sam", "Sam Social", "social", PASSWORD_SAM);
        CallbackConsoleIT.AgentConsoleITStaff.add(data, config, "ana", "Ana Agent", "agent", PASSWORD_ANA);
        CallbackConsoleIT.AgentConsoleITStaff.add(data, config, "ed", "Ed Editor", "editor", PASSWORD_ED);
        server = RunningServer.start(data, config);

        lea = Browser.start();
        sam = Browser.start();
        signIn(lea.driver, "lea", PASSWORD_LEA);
        signIn(sam.driver, "sam", PASSWORD_SAM);
        new Select(sam.driver.findElement(By.id("f-status"))).selectByValue("");
        assertEquals("0", lea.driver.findElement(By.id("count")).getText());

        // the complaint is posted; the next poll (10 s after the first) finds it and both pages show it, no reload
        String posted = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().minusSeconds(20 * 60).atOffset(ZoneOffset.UTC));
        items = "<item><guid isPermaLink=\"false\">c1</guid><title>" + TITLE.replace("&", "&amp;") + "</title>"
                + "<link>https://blog.example/c1</link><pubDate>" + posted + "</pubDate></item>"
                + "<item><guid isPermaLink=\"false\">c2</guid><title>" + ABUSE + "</title>"
                + "<link>https://blog.example/c2</link><pubDate>" + posted + "</pubDate></item>";
        WebElement card = await(lea.driver, Duration.ofSeconds(40), "the mention on lea's page",
                d -> d.findElements(By.cssSelector("#mentions article.mention")).stream()
                        .filter(e -> e.getText().contains("charged me twice")).findFirst().orElse(null));
        String id = card.getAttribute("id");
        await(sam.driver, Duration.ofSeconds(10), "the mention on sam's page", d -> d.findElements(By.id(id)).isEmpty() ? null : true);
        WebElement text = card.findElement(By.cssSelector(".text"));
        assertEquals(TEXT, text.getText());
        assertEquals(List.of(), card.findElements(By.cssSelector(".text img")));
        assertNull(((JavascriptExecutor) lea.driver).executeScript("return window.pwned;"));
        assertEquals("Acme", card.findElement(By.cssSelector(".text mark")).getText());
        assertTrue(card.getText().contains("Complaint: yes"), card.getText());
        assertTrue(card.getText().contains("answer within"), card.getText()); // 20 minutes of a 1 hour target: green
        assertTrue(card.getAttribute("class").contains("green"), card.getAttribute("class"));
        WebElement hold = card.findElement(By.cssSelector("details[id$='-hold']"));
        hold.click();
        assertTrue(hold.findElement(By.tagName("textarea")).getAttribute("value").startsWith("We're sorry about this"));

        // abuse is blurred until someone chooses to read it
        WebElement abusive = await(lea.driver, Duration.ofSeconds(10), "the abusive mention", d -> d.findElements(
                By.cssSelector("#mentions .text.blurred")).stream().findFirst().orElse(null));
        assertEquals(ABUSE, abusive.getAttribute("textContent"));
        assertEquals("true", abusive.getAttribute("aria-hidden"));
        WebElement abusiveCard = abusive.findElement(By.xpath("./ancestor::article"));
        abusiveCard.findElement(By.cssSelector("button.reveal")).click();
        assertTrue(abusiveCard.findElements(By.cssSelector(".text.blurred")).isEmpty());
        assertTrue(abusiveCard.getText().contains("Abusive: yes"), abusiveCard.getText());

        // filters: a language it is not in hides it; the search finds it
        new Select(lea.driver.findElement(By.id("f-language"))).selectByValue("el");
        await(lea.driver, Duration.ofSeconds(10), "no mentions in Greek", d -> d.findElement(By.id("empty")).isDisplayed() ? true : null);
        new Select(lea.driver.findElement(By.id("f-language"))).selectByValue("");
        await(lea.driver, Duration.ofSeconds(10), "the mention back", d -> d.findElements(By.id(id)).isEmpty() ? null : true);
        lea.driver.findElement(By.id("f-q")).sendKeys("CHARGED me twice");
        lea.driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        await(lea.driver, Duration.ofSeconds(10), "the search done", d -> d.findElement(By.id("mentions"))
                .getAttribute("aria-busy") == null && !d.findElements(By.id(id)).isEmpty() ? true : null);
        card = lea.driver.findElement(By.id(id));
        assertEquals("1", lea.driver.findElement(By.id("count")).getText());
        assertTrue(lea.driver.findElement(By.id("export")).getAttribute("href").contains("q=CHARGED%20me%20twice"));

        // assign to sam: sam's page shows it live
        card.findElement(By.cssSelector("details[id$='-assign'] summary")).click();
        new Select(card.findElement(By.cssSelector("select[id$='-assignee']"))).selectByValue("sam");
        card.findElement(By.cssSelector("details[id$='-assign'] button[type=submit]")).click();
        awaitText(lea.driver, id, "Assigned to sam");
        awaitText(sam.driver, id, "Assigned to sam");

        // correct the complaint label: stored as a training label
        card = lea.driver.findElement(By.id(id));
        card.findElement(By.cssSelector("details[id$='-labels'] summary")).click();
        new Select(card.findElement(By.cssSelector("select[id$='-lc']"))).selectByValue("not_complaint");
        card.findElement(By.cssSelector("details[id$='-labels'] button[type=submit]")).click();
        awaitText(lea.driver, id, "(team: no)");
        awaitText(sam.driver, id, "(team: no)");

        Axe.assertNoViolations(lea.driver);

        // marked responded with the reply and its link: gone from lea's list of new ones, shown as responded on sam's
        card = lea.driver.findElement(By.id(id));
        card.findElement(By.cssSelector("details[id$='-respond'] summary")).click();
        card.findElement(By.cssSelector("textarea[id$='-reply']")).sendKeys("So sorry, Ana! We have refunded the second charge.");
        card.findElement(By.cssSelector("input[id$='-link']")).sendKeys("https://x.example/reply/1");
        card.findElement(By.cssSelector("details[id$='-respond'] button[type=submit]")).click();
        await(lea.driver, Duration.ofSeconds(10), "the responded mention leaving the list of new ones",
                d -> d.findElements(By.id(id)).isEmpty() ? true : null);
        WebElement samCard = awaitText(sam.driver, id, "Responded");
        assertTrue(samCard.getText().contains("lea responded: So sorry, Ana! We have refunded the second charge."
                + " (https://x.example/reply/1)"), samCard.getText());

        // one action makes it a case in the agent console; the mention shows the case's status
        samCard.findElement(By.cssSelector("button.open-case")).click();
        awaitText(sam.driver, id, "in the agent console: queued");
        Axe.assertNoViolations(sam.driver);

        // the API, as others see it
        Http.Session leaSession = staff.signIn("lea", PASSWORD_LEA);
        String csv = staff.get("/api/triage/corrections.csv?task=complaint", leaSession).body();
        assertEquals("id,text,label\r\nmention-" + id.substring(2) + "," + TEXT + ",not_complaint\r\n", csv);
        String export = staff.get("/api/triage/mentions.csv?status=responded&assignee=sam", leaSession).body();
        assertTrue(export.startsWith("mention_id,posted_at,source,author,followers,url,language,text,terms,sentiment,complaint,"
                + "question,abusive,priority,status,assignee,due_at\r\n" + id.substring(2) + ","), export);
        assertTrue(export.contains(",alerts,") && export.contains(TEXT) && export.contains(",Acme,") && export.contains(",responded,sam,"),
                export);
        assertEquals("mention_id,posted_at,source,author,followers,url,language,text,terms,sentiment,complaint,question,abusive,"
                + "priority,status,assignee,due_at\r\n", staff.get("/api/triage/mentions.csv?status=ignored", leaSession).body());
        JsonNode mention = new ObjectMapper().readTree(staff.get("/api/triage/mentions/" + id.substring(2), leaSession).body());
        assertEquals("responded", mention.get("status").asText());
        assertEquals("sam", mention.get("assignee").asText());
        // a stale version is refused
        HttpResponse<String> stale = staff.call("POST", "/api/triage/mentions/" + id.substring(2) + "/ignore", "{\"version\":0,\"reason\":\"x\"}", leaSession);
        assertEquals(409, stale.statusCode(), stale.body());
        for (String[] who : new String[][] {{"ana", PASSWORD_ANA}, {"ed", PASSWORD_ED}}) {
            Http.Session c = staff.signIn(who[0], who[1]);
            assertEquals(403, staff.get("/api/triage/mentions", c).statusCode(), who[0]);
            assertEquals(403, staff.get("/staff/triage/", c).statusCode(), who[0]);
            assertEquals(403, staff.call("POST", "/api/triage/mentions/" + id.substring(2) + "/reopen", "{\"version\":5}", c).statusCode(), who[0]);
        }
        assertEquals(401, staff.get("/api/triage/mentions", null).statusCode());

        // the live feed: a teammate's page from this site is let in; another site's page, or nobody signed in, is not
        assertEquals("{\"type\":\"ready\"}", feedSocket(leaSession, server.url()).get(10, TimeUnit.SECONDS));
        assertEquals("closed 1008", feedSocket(leaSession, "http://evil.example").get(10, TimeUnit.SECONDS));
        assertEquals("closed 1008", feedSocket(null, server.url()).get(10, TimeUnit.SECONDS));
        assertEquals("closed 1008", feedSocket(staff.signIn("ana", PASSWORD_ANA), server.url()).get(10, TimeUnit.SECONDS));
    }

    /** Opens /ws/triage; completes with the first frame, or "closed CODE". */
    private CompletableFuture<String> feedSocket(Http.Session session, String origin) {
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket.Builder b = http.newWebSocketBuilder().header("Origin", origin);
        if (session != null) {
            b.header("Cookie", session.cookie());
        }
        b.buildAsync(URI.create(server.url().replace("http://", "ws://") + "/ws/triage"), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                first.complete(data.toString());
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "");
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                first.complete("closed " + status);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                first.complete("error " + error);
            }
        }).exceptionally(e -> {
            first.complete("failed " + e);
            return null;
        });
        return first;
    }

    private void signIn(WebDriver driver, String login, String password) {
        driver.get(server.url() + "/staff/triage/");
        await(driver, Duration.ofSeconds(20), "the login page", ExpectedConditions.urlContains("/login?next="));
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        await(driver, Duration.ofSeconds(20), "the triage page", ExpectedConditions.urlToBe(server.url() + "/staff/triage/"));
        await(driver, Duration.ofSeconds(20), "the live feed", ExpectedConditions.textToBe(By.id("connection"), "Live"));
    }

    private static WebElement awaitText(WebDriver driver, String id, String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "\"" + text + "\" in " + id + ": " + driver.findElements(By.id(id)).stream()
                        .map(WebElement::getText).toList())
                .until(d -> d.findElements(By.id(id)).stream().filter(e -> e.getText().contains(text)).findFirst().orElse(null));
    }

    private static <T> T await(WebDriver driver, Duration timeout, String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).withMessage(what)
                .until(condition::apply);
    }

}
