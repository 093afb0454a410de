package org.switchboard.server.editor;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import org.switchboard.server.staff.web.Http;
import org.switchboard.server.staff.web.Http.Session;
import org.switchboard.server.staff.web.StaffWeb;

/**
 * The editor as {@code serve} wires it, in this JVM: H2 and a real FAQ index (the demo corpus) in
 * a temporary directory, staff sign-in with a cheap Argon2 cost, the web server on a free
 * loopback port; plus the staff tests' plain HTTP client ({@link Http}), which signs in and sends the CSRF token.
 */
final class EditorStack implements AutoCloseable {
    static final String PASSWORD = "four words make a phrase";

    final Database database;
    final FaqIndex index;
    final FaqEditor editor;
    final StaffService staff;
    final WebServer server;
    private final Http http;

    private EditorStack(Database database, FaqIndex index, FaqEditor editor, StaffService staff, WebServer server) {
        this.database = database;
        this.index = index;
        this.editor = editor;
        this.staff = staff;
        this.server = server;
        this.http = new Http(path -> "http://127.0.0.1:" + server.port() + path);
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
        return http.send(method, path, body, type, headers);
    }

    HttpResponse<String> get(String path, Session s) {
        return http.get(path, s);
    }

    /** A JSON write as the staff pages send it: cookie, CSRF token, same origin. */
    HttpResponse<String> call(String method, String path, String json, Session s) {
        return http.call(method, path, json, s);
    }

    HttpResponse<String> upload(String path, byte[] file, Session s) {
        return http.upload(path, file, s);
    }

    Session signIn(String login) {
        return http.signIn(login, PASSWORD);
    }

    @Override
    public void close() {
        server.close();
        database.close();
        index.close();
    }
}
