package org.switchboard.server.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real WebSocket client for protocol tests (the JDK's own): sends JSON frames and queues the
 * frames it receives, and the close code.
 */
final class WsClient implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    /** How many frames each message received carried, in order (more than one: a JSON array). */
    private final List<Integer> framesPerMessage = java.util.Collections.synchronizedList(new ArrayList<>());
    private final WebSocket socket;

    private WsClient(URI uri) throws Exception {
        this(uri, java.util.Map.of());
    }

    private WsClient(URI uri, java.util.Map<String, String> headers) throws Exception {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder();
        headers.forEach(builder::header);
        socket = builder.buildAsync(uri, new Listener()).get(10, TimeUnit.SECONDS);
    }

    /** An agent console's connection, with the given request headers (Cookie, Origin). */
    static WsClient agent(int port, java.util.Map<String, String> headers) throws Exception {
        return new WsClient(URI.create("ws://127.0.0.1:" + port + "/ws/agent"), headers);
    }

    static WsClient connect(int port) throws Exception {
        return new WsClient(URI.create("ws://127.0.0.1:" + port + "/ws/chat"));
    }

    static ObjectNode frame(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    WsClient send(JsonNode frame) {
        return sendRaw(frame.toString());
    }

    WsClient sendRaw(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** The next frame, failing after 10 s. */
    JsonNode next() throws InterruptedException {
        JsonNode f = frames.poll(10, TimeUnit.SECONDS);
        assertNotNull(f, "no frame within 10 s");
        return f;
    }

    /** Frames up to and including the first that matches; fails after 10 s. */
    List<JsonNode> until(Predicate<JsonNode> last) throws InterruptedException {
        List<JsonNode> seen = new ArrayList<>();
        while (true) {
            JsonNode f = frames.poll(10, TimeUnit.SECONDS);
            if (f == null) {
                throw new AssertionError("no matching frame within 10 s; got " + seen);
            }
            seen.add(f);
            if (last.test(f)) {
                return seen;
            }
        }
    }

    /** Frames through the typing-off that ends the bot's turn. */
    List<JsonNode> turn() throws InterruptedException {
        return until(f -> f.path("type").asText().equals("typing") && !f.path("on").asBoolean());
    }

    /** The next frame, which must be of this type. */
    JsonNode expect(String type) throws InterruptedException {
        JsonNode f = next();
        assertEquals(type, f.path("type").asText(), f.toString());
        return f;
    }

    /** The first frame of this type, skipping others; fails after 10 s. */
    JsonNode expectEventually(String type) throws InterruptedException {
        List<JsonNode> frames = until(f -> f.path("type").asText().equals(type));
        return frames.get(frames.size() - 1);
    }

    /** Whatever arrives within {@code millis}. */
    List<JsonNode> drain(long millis) throws InterruptedException {
        List<JsonNode> got = new ArrayList<>();
        long end = System.nanoTime() + millis * 1_000_000;
        for (long left = millis; left > 0; left = (end - System.nanoTime()) / 1_000_000) {
            JsonNode f = frames.poll(left, TimeUnit.MILLISECONDS);
            if (f != null) {
                got.add(f);
            }
        }
        return got;
    }

    /** How many frames each message received so far carried, in order. */
    List<Integer> framesPerMessage() {
        synchronized (framesPerMessage) {
            return List.copyOf(framesPerMessage);
        }
    }

    /** The close code the server sent, failing after 10 s. */
    int closeCode() throws Exception {
        return closed.get(10, TimeUnit.SECONDS);
    }

    boolean isClosed() {
        return closed.isDone() || socket.isInputClosed();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    if (message.isArray()) { // a turn's frames in one message, in order
                        framesPerMessage.add(message.size());
                        message.forEach(frames::add);
                    } else {
                        framesPerMessage.add(1);
                        frames.add(message);
                    }
                } catch (Exception e) {
                    frames.add(JSON.createObjectNode().put("type", "unreadable").put("raw", partial.toString()));
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
