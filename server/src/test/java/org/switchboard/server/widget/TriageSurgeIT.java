package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A surge reaches the triage page: the real server with a copied configuration whose surge rule
 * needs at least 2 negative mentions of a term in the last hour (no history: the floor decides),
 * a loopback feed that starts publishing two complaints, and the social team's page in headless
 * Chromium — the banner arrives live; a page opened afterwards shows it too.
 */
class TriageSurgeIT {
    private static final String PASSWORD = "a surge watching password";

    @TempDir
    Path temp;

    private volatile String items = "";

    @Test
    void aSurgeOfNegativeMentionsShowsABannerLiveAndOnPagesOpenedLater() throws Exception {
        HttpServer feed = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
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
        Path listener = temp.resolve("config").resolve("listener");
        Files.writeString(listener.resolve("sources.yaml"), "sources:\n  - {name: alerts, kind: feed, interval: 10s, url: \"http://127.0.0.1:"
                + feed.getAddress().getPort() + "/feed.xml\"}\n");
        String alerts = Files.readString(listener.resolve("alerts.yaml")).replaceFirst("at_least: 10", "at_least: 2");
        assertTrue(alerts.contains("at_least: 2"), alerts);
        Files.writeString(listener.resolve("alerts.yaml"), alerts);
        CallbackConsoleIT.AgentConsoleITStaff.add(data, config, "lea", "Lea Social", "social", PASSWORD);
        try (RunningServer server = RunningServer.start(data, config); Browser first = Browser.start();
             Browser later = Browser.start()) {
            signIn(first.driver, server, "lea");
            String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().minusSeconds(120).atOffset(ZoneOffset.UTC));
            items = item("s1", "Acme charged me twice and support hung up on me, worst service ever", now)
                    + item("s2", "Acme internet down for the third day, this is a disgrace and nobody helps", now);
            new WebDriverWait(first.driver, Duration.ofSeconds(45)).withMessage(() -> "no surge banner; server said:\n" + server.output())
                    .until(ExpectedConditions.textMatches(By.cssSelector("#surges .surge p"),
                            java.util.regex.Pattern.compile("^Surge: \"Acme\" in 2 negative mentions since .*alert at 2(\\.0)?\\)\\.$")));
            signIn(later.driver, server, "lea");
            new WebDriverWait(later.driver, Duration.ofSeconds(15)).until(
                    ExpectedConditions.textMatches(By.cssSelector("#surges .surge p"), java.util.regex.Pattern.compile("^Surge: \"Acme\"")));
            Axe.assertNoViolations(later.driver);
        } finally {
            feed.stop(0);
        }
    }

    private static String item(String guid, String title, String date) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title + "</title><link>https://blog.example/" + guid
                + "</link><pubDate>" + date + "</pubDate></item>";
    }

    private static void signIn(WebDriver driver, RunningServer server, String login) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(server.url() + "/staff/triage/");
        wait.until(ExpectedConditions.urlContains("/login?next="));
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlToBe(server.url() + "/staff/triage/"));
        wait.until(ExpectedConditions.textToBe(By.id("connection"), "Live"));
    }
}
