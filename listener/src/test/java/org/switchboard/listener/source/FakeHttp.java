package org.switchboard.listener.source;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake web server on 127.0.0.1 (port chosen by the system) that serves canned replies by path
 * (in turn; the last one repeats) and records every request. Nothing here reaches the internet.
 */
final class FakeHttp implements AutoCloseable {
    /** A request as received. */
    record Request(String method, URI uri, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /** The query's parameters, decoded. */
        Map<String, String> query() {
            Map<String, String> q = new LinkedHashMap<>();
            String raw = uri.getRawQuery();
            if (raw != null) {
                for (String pair : raw.split("&")) {
                    int eq = pair.indexOf('=');
                    q.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
            return q;
        }

        private static String decode(String s) {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }
    }

    /** A canned reply. */
    record Reply(int status, byte[] body, Map<String, String> headers, long delayMillis, long stallMillis) {
        Reply(int status, byte[] body, Map<String, String> headers, long delayMillis) {
            this(status, body, headers, delayMillis, 0);
        }

        static Reply ok(String contentType, byte[] body) {
            return new Reply(200, body, Map.of("Content-Type", contentType), 0);
        }

        static Reply json(String resource) {
            return ok("application/json; charset=utf-8", resource(resource));
        }

        static Reply status(int status) {
            return new Reply(status, new byte[0], Map.of(), 0);
        }

        Reply header(String name, String value) {
            Map<String, String> h = new HashMap<>(headers);
            h.put(name, value);
            return new Reply(status, body, h, delayMillis, stallMillis);
        }

        /** Waits before answering at all. */
        Reply delayed(long millis) {
            return new Reply(status, body, headers, millis, stallMillis);
        }

        /** Sends the headers and half the body, then waits. */
        Reply stalled(long millis) {
            return new Reply(status, body, headers, delayMillis, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Deque<Reply>> routes = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();

    private FakeHttp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeHttp start() {
        try {
            return new FakeHttp();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code replies} at {@code path} in turn, the last one from then on. */
    synchronized FakeHttp on(String path, Reply... replies) {
        routes.put(path, new ArrayDeque<>(List.of(replies)));
        return this;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized Request last() {
        return requests.get(requests.size() - 1);
    }

    /** A loopback address where nothing listens. */
    static URI refusing(String path) {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = FakeHttp.class.getResourceAsStream("/sources/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        synchronized (this) {
            Map<String, String> headers = new HashMap<>();
            Headers h = exchange.getRequestHeaders();
            h.forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI(), headers));
            Deque<Reply> queue = routes.get(exchange.getRequestURI().getPath());
            reply = queue == null ? Reply.status(404) : queue.size() > 1 ? queue.poll() : queue.peek();
        }
        try (exchange) {
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            boolean empty = reply.body().length == 0 || reply.status() == 304;
            exchange.sendResponseHeaders(reply.status(), empty ? -1 : reply.body().length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    if (reply.stallMillis() > 0) {
                        out.write(reply.body(), 0, reply.body().length / 2);
                        out.flush();
                        Thread.sleep(reply.stallMillis());
                        out.write(reply.body(), reply.body().length / 2, reply.body().length - reply.body().length / 2);
                    } else {
                        out.write(reply.body());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
