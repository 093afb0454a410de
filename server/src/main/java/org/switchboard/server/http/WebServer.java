package org.switchboard.server.http;

import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn;

/**
 * One Grizzly listener serving the web assets ({@code /}, from the classpath folder
 * {@code web/}), the REST API ({@code /api}, Jersey) and WebSocket endpoints ({@code /ws},
 * Tyrus).
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start("127.0.0.1", 0, api, List.of(endpointConfig))) {
 *     server.port();   // the port the OS chose
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
    /**
     * The largest WebSocket message accepted, in bytes; endpoints set it on each session, and a
     * larger message closes the connection with 1009.
     */
    public static final int MAX_FRAME_BYTES = 64 * 1024;
    /**
     * Most bytes of one incomplete frame buffered while it arrives: a frame larger than this is
     * dropped with 1011 before it is complete. Well above {@link #MAX_FRAME_BYTES}, so an
     * oversized message normally gets its 1009.
     */
    static final int MAX_BUFFERED_BYTES = 1024 * 1024;
    private static final String WS_PATH = "/ws";
    /**
     * Jersey warns that every resource registered as an instance (as all of ours are, built with
     * their services) "will be ignored"; it is not (eclipse-ee4j/jersey#3700). Those lines, one per
     * resource at every start, are dropped; any other warning of this logger is kept. Held here so
     * that the filter stays on the logger.
     */
    private static final Logger JERSEY_PROVIDERS = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");
    private static final Pattern IGNORED_RESOURCE = Pattern.compile(
            "A provider (\\S+) registered in SERVER runtime does not implement any provider interfaces applicable");

    static {
        JERSEY_PROVIDERS.setFilter(record -> !isRegisteredResource(record.getMessage()));
    }

    private final HttpServer http;
    private final SharedPortWsContainer ws;

    private WebServer(HttpServer http, SharedPortWsContainer ws) {
        this.http = http;
        this.ws = ws;
    }

    /** Whether the message is Jersey's warning about a class with {@code @Path}, which it serves all the same. */
    static boolean isRegisteredResource(String message) {
        Matcher m = IGNORED_RESOURCE.matcher(message == null ? "" : message);
        if (!m.find()) {
            return false;
        }
        try {
            return Class.forName(m.group(1), false, WebServer.class.getClassLoader()).isAnnotationPresent(Path.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Starts serving on {@code host:port} (port 0: one the OS chooses).
     *
     * @param api       the REST resources, served under {@code /api}
     * @param endpoints WebSocket endpoints, their paths relative to {@code /ws}
     */
    public static WebServer start(String host, int port, ResourceConfig api, List<ServerEndpointConfig> endpoints)
            throws IOException {
        return start(host, port, api, endpoints, Map.of());
    }

    /**
     * Starts serving as above, with more handlers: each path (e.g. {@code /staff}) is served by
     * its handler, which also gets everything below it, instead of the web assets.
     */
    public static WebServer start(String host, int port, ResourceConfig api, List<ServerEndpointConfig> endpoints,
                                  Map<String, HttpHandler> handlers) throws IOException {
        api.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://" + host + ":" + port + "/api/"), api, false);
        http.getServerConfiguration().addHttpHandler(
                new WebAssets(), "/");
        handlers.forEach((path, handler) -> http.getServerConfiguration().addHttpHandler(handler, path));
        SharedPortWsContainer ws = new SharedPortWsContainer(WS_PATH, MAX_BUFFERED_BYTES);
        try {
            for (ServerEndpointConfig e : endpoints) {
                ws.register(e);
            }
        } catch (DeploymentException e) {
            throw new IOException("cannot deploy WebSocket endpoints: " + e.getMessage(), e);
        }
        NetworkListener listener = http.getListener("grizzly");
        listener.registerAddOn(new WebSocketAddOn(ws, WS_PATH));
        listener.getKeepAlive().setIdleTimeoutInSeconds(-1); // upgraded connections are idle between messages
        listener.getTransport().setIOStrategy(WorkerThreadIOStrategy.getInstance());
        http.start();
        try {
            ws.start(WS_PATH, listener.getPort());
        } catch (DeploymentException e) {
            http.shutdownNow();
            throw new IOException("cannot start WebSocket endpoints: " + e.getMessage(), e);
        }
        return new WebServer(http, ws);
    }

    /** The port being served (useful when started on port 0). */
    public int port() {
        return http.getListener("grizzly").getPort();
    }

    @Override
    public void close() {
        ws.stop();
        http.shutdownNow();
    }
}
