package org.switchboard.server.http;

import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.glassfish.tyrus.core.TyrusWebSocketEngine;
import org.glassfish.tyrus.server.TyrusServerContainer;
import org.glassfish.tyrus.spi.WebSocketEngine;

/**
 * A Tyrus container that does not start a server of its own: its engine is attached to the HTTP
 * server's Grizzly listener by {@link WebServer}, so HTTP and WebSocket share one port. (Tyrus's
 * own containers always create their own server.)
 */
final class SharedPortWsContainer extends TyrusServerContainer {
    private final TyrusWebSocketEngine engine;
    private final String contextPath;
    private final Map<String, Object> properties = new HashMap<>();

    SharedPortWsContainer(String contextPath, int maxFrameBytes) {
        super((Set<Class<?>>) Set.<Class<?>>of());
        this.contextPath = contextPath;
        this.engine = TyrusWebSocketEngine.builder(this).incomingBufferSize(maxFrameBytes).build();
    }

    @Override
    public void register(Class<?> endpointClass) throws DeploymentException {
        engine.register(endpointClass, contextPath);
    }

    @Override
    public void register(ServerEndpointConfig config) throws DeploymentException {
        engine.register(config, contextPath);
    }

    @Override
    public WebSocketEngine getWebSocketEngine() {
        return engine;
    }

    @Override
    public Map<String, Object> getProperties() {
        return properties;
    }
}
