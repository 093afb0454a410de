package org.switchboard.server.triage;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.switchboard.server.callback.CallbackWebhook;

/** A webhook receiver on loopback: answers with the statuses queued, then {@code otherwise}, and keeps every request. */
final class HookReceiver implements AutoCloseable {
    record Received(String event, String delivery, String signature, String body) {
    }

    private final HttpServer server;
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 200;

    HookReceiver(Integer... statuses) throws IOException {
        this.statuses.addAll(List.of(statuses));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var h = exchange.getRequestHeaders();
            received.add(new Received(h.getFirst(CallbackWebhook.EVENT), h.getFirst(CallbackWebhook.DELIVERY),
                    h.getFirst(CallbackWebhook.SIGNATURE), new String(body, StandardCharsets.UTF_8)));
            Integer status = this.statuses.poll();
            exchange.sendResponseHeaders(status == null ? otherwise : status, -1);
            exchange.close();
        });
        server.start();
    }

    HookReceiver failingAlways() {
        otherwise = 503;
        return this;
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
