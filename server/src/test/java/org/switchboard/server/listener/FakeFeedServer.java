package org.switchboard.server.listener;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server for listener tests: serves an RSS feed whose items the test sets, and
 * answers 503 on {@code /broken}. Counts the requests per path.
 */
final class FakeFeedServer implements AutoCloseable {
    /** One feed item. */
    record Item(String guid, String title, String link, String date) {
    }

    private final HttpServer server;
    private volatile List<Item> items = List.of();
    final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    FakeFeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> {
            count("/feed.xml");
            byte[] body = rss(items).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/broken", exchange -> {
            count("/broken");
            byte[] body = "upstream down".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    void items(List<Item> newItems) {
        items = List.copyOf(newItems);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    int requests(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    private void count(String path) {
        requests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    }

    private static String rss(List<Item> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Acme alerts</title><link>https://alerts.example/</link><description>test</description>\n");
        for (Item i : items) {
            b.append("<item><guid isPermaLink=\"false\">").append(i.guid()).append("</guid><title>").append(escape(i.title()))
                    .append("</title><link>").append(i.link()).append("</link><pubDate>").append(i.date())
                    .append("</pubDate></item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
