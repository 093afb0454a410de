/**
 * The listener inside the server: mentions and source states stored (H2 or PostgreSQL), the
 * background poller that {@code serve} runs, and the {@code /api/listener} resources. What a
 * post means is decided in module {@code listener}; this package stores and schedules.
 */
package org.switchboard.server.listener;
