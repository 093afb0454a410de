package org.switchboard.server.callback;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A webhook receiver on loopback (the JDK's HttpServer): answers with the statuses queued, then 200, and keeps every request. */
final class WebhookReceiver implements AutoCloseable {
    record Received(String event, String delivery, String signature, String contentType, byte[] body) {
    }

    private final HttpServer server;
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

    WebhookReceiver(Integer... statuses) throws IOException {
        this.statuses.addAll(List.of(statuses));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> h = exchange.getRequestHeaders();
            received.add(new Received(h.getOrDefault(CallbackWebhook.EVENT, List.of("")).get(0),
                    h.getOrDefault(CallbackWebhook.DELIVERY, List.of("")).get(0),
                    h.getOrDefault(CallbackWebhook.SIGNATURE, List.of("")).get(0),
                    h.getOrDefault("Content-Type", List.of("")).get(0), body));
            Integer status = this.statuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    Received next() throws InterruptedException {
        Received r = received.poll(10, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no webhook delivery within 10 s");
        }
        return r;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
