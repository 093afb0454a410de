package org.switchboard.server.staff.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client for the tests: no cookie jar and no redirects followed, so that each test
 * sees exactly what the server sent and says exactly what the browser would send. Shared by the
 * API tests of other packages (the FAQ editor's) through {@link #Http(Function)}.
 */
public final class Http {
    private static final Pattern CSRF = Pattern.compile("\"csrf_token\":\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^((?:__Host-)?switchboard_session)=([^;]*)");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Function<String, String> url;

    Http(StaffStack stack) {
        this(stack::url);
    }

    /** @param url the address of a path on the server under test */
    public Http(Function<String, String> url) {
        this.url = url;
    }

    /** A signed-in browser: its cookie and CSRF token. */
    public record Session(String cookie, String csrf) {
    }

    public HttpResponse<String> send(String method, String path, String json, Map<String, String> headers) {
        return send(method, path, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json),
                json == null ? null : "application/json", headers);
    }

    /** Any body, with its content type (none when null). */
    public HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String type,
                                     Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.apply(path))).method(method, body);
        if (type != null) {
            b.header("Content-Type", type);
        }
        headers.forEach(b::header);
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, Session session) {
        return send("GET", path, null, session == null ? Map.of() : Map.of("Cookie", session.cookie));
    }

    /** A state-changing call as the staff pages make it: cookie and CSRF token, same origin. */
    public HttpResponse<String> call(String method, String path, String json, Session session) {
        return send(method, path, json, Map.of("Cookie", session.cookie, "X-CSRF-Token", session.csrf,
                "Sec-Fetch-Site", "same-origin"));
    }

    /** A file sent as the staff pages upload it: the bytes as {@code application/octet-stream}, cookie, CSRF token. */
    public HttpResponse<String> upload(String path, byte[] file, Session session) {
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(file), "application/octet-stream",
                Map.of("Cookie", session.cookie, "X-CSRF-Token", session.csrf, "Sec-Fetch-Site", "same-origin"));
    }

    public HttpResponse<String> login(String login, String password) {
        return send("POST", "/api/session", "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}",
                Map.of("Sec-Fetch-Site", "same-origin"));
    }

    Session signIn(String login) {
        return signIn(login, StaffStack.PASSWORD);
    }

    /** Signs in, failing the test unless the server answers 200 with a session. */
    public Session signIn(String login, String password) {
        HttpResponse<String> r = login(login, password);
        if (r.statusCode() != 200) {
            throw new AssertionError("sign-in of " + login + ": " + r.statusCode() + " " + r.body());
        }
        return session(r);
    }

    static Session session(HttpResponse<String> r) {
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        Matcher cookie = COOKIE.matcher(setCookie);
        Matcher csrf = CSRF.matcher(r.body());
        if (!cookie.find() || !csrf.find()) {
            throw new AssertionError("no session in " + setCookie + " / " + r.body());
        }
        return new Session(cookie.group(1) + "=" + cookie.group(2), csrf.group(1));
    }
}
