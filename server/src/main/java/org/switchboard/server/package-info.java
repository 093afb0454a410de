/**
 * The one process that wires Switchboard together: {@link org.switchboard.server.Main} (the only
 * {@code main}) and {@link org.switchboard.server.ServerConfig}, read once from
 * {@code config/switchboard.yaml} and the environment. Nothing here is null unless documented.
 */
package org.switchboard.server;
