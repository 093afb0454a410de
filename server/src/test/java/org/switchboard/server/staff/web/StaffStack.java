package org.switchboard.server.staff.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.switchboard.server.http.HealthResource;
import org.switchboard.server.http.WebServer;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.staff.Passwords;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.StaffConfig;
import org.switchboard.server.staff.StaffService;

/**
 * Staff sign-in as {@code serve} wires it, in this JVM: an H2 database in a temporary
 * directory, the staff service (with a cheap Argon2 cost, so tests stay fast), and the web
 * server on a free loopback port with {@code /api/health}, the staff APIs and pages.
 */
final class StaffStack implements AutoCloseable {
    static final String PASSWORD = "four words make a phrase";
    static final Passwords.Cost TEST_COST = new Passwords.Cost(1024, 1, 1);

    final Database database;
    final StaffService staff;
    final WebServer server;

    private StaffStack(Database database, StaffService staff, WebServer server) {
        this.database = database;
        this.staff = staff;
        this.server = server;
    }

    static StaffStack start(Path data, StaffConfig config) throws Exception {
        return start(data, config, db -> new Object[0]);
    }

    /** With more {@code /api} resources, made on the database. */
    static StaffStack start(Path data, StaffConfig config, java.util.function.Function<Database, Object[]> more) throws Exception {
        Database database = Database.open(DatabaseConfig.embedded(), data);
        StaffService staff = StaffService.create(database, config, Passwords.create(TEST_COST), Clock.systemUTC());
        ResourceConfig api = new ResourceConfig().registerInstances(new HealthResource(Map::of));
        api.registerInstances(more.apply(database));
        StaffWeb.register(api, staff, config);
        WebServer server = WebServer.start("127.0.0.1", 0, api, List.of(), StaffWeb.pages(staff, config));
        return new StaffStack(database, staff, server);
    }

    /** Adds an account with {@link #PASSWORD}. */
    StaffStack with(String login, String displayName, Role... roles) {
        staff.create(login, displayName, EnumSet.of(roles[0], roles), PASSWORD);
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
