package org.switchboard.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One simulated visitor: a JDK WebSocket whose frames go to {@link #received}, and whose losses
 * (a close or failure the benchmark did not ask for) are reported to the current {@link Phase}.
 * Sends may come from any thread; they are chained, because the JDK's WebSocket takes one text
 * frame at a time.
 */
abstract class BenchVisitor implements WebSocket.Listener {
    final int number;
    volatile Phase phase;
    private final StringBuilder partial = new StringBuilder();
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null); // guarded by this
    private volatile WebSocket socket;
    private volatile boolean closing;

    BenchVisitor(int number, Phase phase) {
        this.number = number;
        this.phase = phase;
    }

    /** Opens the connection; the future fails when it cannot be opened. */
    final CompletableFuture<WebSocket> connect(HttpClient http, URI uri) {
        return http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, this)
                .thenApply(ws -> socket = ws);
    }

    /** A whole text frame arrived at {@code nanos} ({@link System#nanoTime()}). */
    abstract void received(String frame, long nanos);

    /** Nothing sent is waiting for its answer. */
    abstract boolean idle();

    /** Forgets what is still waiting for its answer; returns how many exchanges that was. */
    abstract int abandon();

    final synchronized void send(String text) {
        sending = sending.handle((ignored, failure) -> null).thenCompose(ignored -> socket.sendText(text, true));
    }

    /** Closes normally; the future completes when the connection is gone (or after 5 s). */
    final CompletableFuture<?> close() {
        closing = true;
        WebSocket ws = socket;
        if (ws == null) {
            return CompletableFuture.completedFuture(null);
        }
        return ws.sendClose(WebSocket.NORMAL_CLOSURE, "benchmark done")
                .completeOnTimeout(ws, 5, TimeUnit.SECONDS)
                .handle((ignored, failure) -> {
                    ws.abort();
                    return null;
                });
    }

    @Override
    public final void onOpen(WebSocket ws) {
        socket = ws;
        ws.request(Long.MAX_VALUE);
    }

    @Override
    public final CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        if (last && partial.length() == 0) {
            received(data.toString(), System.nanoTime());
        } else {
            partial.append(data);
            if (last) {
                String whole = partial.toString();
                partial.setLength(0);
                received(whole, System.nanoTime());
            }
        }
        return null;
    }

    @Override
    public final CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        lost();
        return null;
    }

    @Override
    public final void onError(WebSocket ws, Throwable error) {
        lost();
    }

    private void lost() {
        if (!closing) {
            closing = true;
            phase.unexpectedClose();
        }
    }
}
