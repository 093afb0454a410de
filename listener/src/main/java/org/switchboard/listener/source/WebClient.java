package org.switchboard.listener.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP GETs of the feed, page and Mastodon sources: one timeout for connecting, for the
 * headers and for the whole answer (a server that stalls mid-body times out too), bodies up to
 * {@value #MAX_BODY_BYTES} bytes, redirects followed, and every failure turned into a {@link SourceException}
 * that names the source and the URL.
 */
final class WebClient {
    /** Larger answers are refused rather than held in memory. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final String AGENT = "Switchboard-Listener/0.1 (+https://github.com/switchboard)";

    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    WebClient(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** An answer with status 2xx or 304. */
    record Response(URI uri, int status, byte[] body, HttpHeaders headers) {
        boolean notModified() {
            return status == 304;
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The body decoded with the Content-Type's charset, else UTF-8. */
        String text() {
            Charset charset = StandardCharsets.UTF_8;
            String type = header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            int at = type.indexOf("charset=");
            if (at >= 0) {
                String name = type.substring(at + 8).split("[;\\s]")[0].replace("\"", "");
                try {
                    charset = Charset.forName(name);
                } catch (RuntimeException unknown) {
                    charset = StandardCharsets.UTF_8;
                }
            }
            return new String(body, charset);
        }
    }

    /** GETs {@code uri} with the given headers; fails on anything but 2xx and 304. */
    Response get(String source, URI uri, Map<String, String> headers) throws SourceException {
        String where = where(source, uri);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(timeout)
                .header("User-Agent", AGENT);
        headers.forEach(request::header);
        HttpResponse<byte[]> answer;
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request.build(), info -> new CappedBody());
        try {
            answer = call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new SourceException(SourceException.Kind.TIMEOUT, where + ": no answer within " + seconds(timeout), e);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceException(SourceException.Kind.NETWORK, where + ": interrupted", e);
        } catch (ExecutionException e) {
            throw failure(where, uri, e.getCause() == null ? e : e.getCause());
        }
        byte[] body = answer.body();
        int status = answer.statusCode();
        if (status == 429) {
            Duration retry = retryAfter(answer.headers()).orElse(null);
            throw new SourceException(SourceException.Kind.RATE_LIMITED, where + ": HTTP 429 rate limited"
                    + (retry == null ? "" : ", retry after " + seconds(retry)), retry, null);
        }
        if (status >= 500) {
            throw new SourceException(SourceException.Kind.SERVER_ERROR, where + ": HTTP " + status, null);
        }
        if (status >= 300 && status != 304) {
            throw new SourceException(SourceException.Kind.REFUSED, where + ": HTTP " + status, null);
        }
        return new Response(answer.uri(), status, body, answer.headers());
    }

    private SourceException failure(String where, URI uri, Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return new SourceException(SourceException.Kind.TIMEOUT, where + ": no answer within " + seconds(timeout), cause);
        }
        if (cause instanceof CappedBody.TooLarge) {
            return new SourceException(SourceException.Kind.MALFORMED,
                    where + ": answer larger than " + MAX_BODY_BYTES + " bytes", cause);
        }
        if (cause instanceof ConnectException) {
            if (unresolved(cause)) {
                return new SourceException(SourceException.Kind.NETWORK, where + ": cannot resolve the host " + uri.getHost(), cause);
            }
            return new SourceException(SourceException.Kind.REFUSED, where + ": connection refused", cause);
        }
        String message = cause.getMessage();
        return new SourceException(SourceException.Kind.NETWORK, where + ": " + cause.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + message), cause);
    }

    /** Collects a body of at most {@link #MAX_BODY_BYTES}, failing (and cancelling the download) beyond. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        /** The body went past the cap. */
        static final class TooLarge extends IOException {
            TooLarge() {
                super("answer larger than " + MAX_BODY_BYTES + " bytes");
            }
        }

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer b : buffers) {
                if (bytes.size() + b.remaining() > MAX_BODY_BYTES) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    /** The rate limit the answer announced ({@code X-RateLimit-Remaining} and {@code -Reset}), if any. */
    Optional<RateLimit> rateLimit(Response r) {
        Optional<String> remaining = r.header("X-RateLimit-Remaining");
        Optional<Instant> reset = r.header("X-RateLimit-Reset").flatMap(WebClient::instant);
        if (remaining.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RateLimit(Integer.parseInt(remaining.get().trim()), reset.get()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code Retry-After} (seconds or an HTTP date), else the time until {@code X-RateLimit-Reset}. */
    private Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> after = headers.firstValue("Retry-After");
        if (after.isPresent()) {
            String v = after.get().trim();
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    return Optional.of(until(at));
                } catch (DateTimeParseException ignored) {
                    // fall through to the reset header
                }
            }
        }
        return headers.firstValue("X-RateLimit-Reset").flatMap(WebClient::instant).map(this::until);
    }

    private Duration until(Instant at) {
        Duration d = Duration.between(clock.instant(), at);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Epoch seconds (X) or an ISO-8601 instant (Mastodon). */
    static Optional<Instant> instant(String value) {
        String v = value.trim();
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(v)));
        } catch (NumberFormatException notEpoch) {
            try {
                return Optional.of(java.time.OffsetDateTime.parse(v).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    static String where(String source, URI uri) {
        return "source '" + source + "': GET " + uri;
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Whether a failed connection failed at name resolution (HttpClient reports both as ConnectException). */
    static boolean unresolved(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

}
