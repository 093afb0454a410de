/**
 * HTTP and WebSocket on one port: {@link org.switchboard.server.http.WebServer} serves the web
 * assets, the REST API under {@code /api} (Jersey) and WebSocket endpoints under {@code /ws}
 * (Tyrus) from one Grizzly listener. Endpoints stay thin: they decode, call a service, encode.
 */
package org.switchboard.server.http;
