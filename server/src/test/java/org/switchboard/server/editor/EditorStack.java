package org.switchboard.server.editor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ResourceConfig;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.Language;
import org.switchboard.faq.io.FaqImporter;
import org.switchboard.server.http.HealthResource;
import org.switchboard.server.http.WebServer;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.staff.Passwords;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.StaffConfig;
import org.switchboard.server.staff.StaffService;
import org.switchboard.server.staff.web.StaffWeb;

/**
 * The editor as {@code serve} wires it, in this JVM: H2 and a real FAQ index (the demo corpus) in
 * a temporary directory, staff sign-in with a cheap Argon2 cost, the web server on a free
 * loopback port; plus a plain HTTP client that signs in and sends the CSRF token.
 */
final class EditorStack implements AutoCloseable {
    static final String PASSWORD = "four words make a phrase";
    private static final Pattern CSRF = Pattern.compile("\"csrf_token\":\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^(switchboard_session=[^;]*)");

    final Database database;
    final FaqIndex index;
    final FaqEditor editor;
    final StaffService staff;
    final WebServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A signed-in browser. */
    record Session(String cookie, String csrf) {
    }

    private EditorStack(Database database, FaqIndex index, FaqEditor editor, StaffService staff, WebServer server) {
        this.database = database;
        this.index = index;
        this.editor = editor;
        this.staff = staff;
        this.server = server;
    }

    static EditorStack start(Path data) throws Exception {
        FaqIndex index = FaqIndex.open(data.resolve("index"), FaqIndexConfig.defaults());
        index.replaceAll(FaqImporter.create(Language.ENGLISH).read(Path.of("..", "config", "faq", "demo.yaml")));
        Database database = Database.open(DatabaseConfig.embedded(), data);
        StaffConfig config = StaffConfig.defaults();
        StaffService staff = StaffService.create(database, config, Passwords.create(new Passwords.Cost(1024, 1, 1)), Clock.systemUTC());
        FaqEditor editor = FaqEditor.start(database, index, Clock.systemUTC());
        ResourceConfig api = new ResourceConfig().registerInstances(new HealthResource(Map::of));
        api.registerInstances(editor.resources().toArray());
        StaffWeb.register(api, staff, config);
        WebServer server = WebServer.start("127.0.0.1", 0, api, List.of(), StaffWeb.pages(staff, config));
        return new EditorStack(database, index, editor, staff, server);
    }

    EditorStack with(String login, Role role) {
        staff.create(login, login, EnumSet.of(role), PASSWORD);
        return this;
    }

    HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String type, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).method(method, body);
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

    HttpResponse<String> get(String path, Session s) {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), null, s == null ? Map.of() : Map.of("Cookie", s.cookie()));
    }

    /** A JSON write as the staff pages send it: cookie, CSRF token, same origin. */
    HttpResponse<String> call(String method, String path, String json, Session s) {
        return send(method, path, HttpRequest.BodyPublishers.ofString(json), "application/json",
                Map.of("Cookie", s.cookie(), "X-CSRF-Token", s.csrf(), "Sec-Fetch-Site", "same-origin"));
    }

    HttpResponse<String> upload(String path, byte[] file, Session s) {
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(file), "application/octet-stream",
                Map.of("Cookie", s.cookie(), "X-CSRF-Token", s.csrf(), "Sec-Fetch-Site", "same-origin"));
    }

    Session signIn(String login) {
        HttpResponse<String> r = send("POST", "/api/session", HttpRequest.BodyPublishers.ofString(
                "{\"login\":\"" + login + "\",\"password\":\"" + PASSWORD + "\"}"), "application/json", Map.of("Sec-Fetch-Site", "same-origin"));
        Matcher cookie = COOKIE.matcher(r.headers().firstValue("Set-Cookie").orElse(""));
        Matcher csrf = CSRF.matcher(r.body());
        if (r.statusCode() != 200 || !cookie.find() || !csrf.find()) {
            throw new AssertionError("sign-in of " + login + ": " + r.statusCode() + " " + r.body());
        }
        return new Session(cookie.group(1), csrf.group(1));
    }

    @Override
    public void close() {
        server.close();
        database.close();
        index.close();
    }
}
