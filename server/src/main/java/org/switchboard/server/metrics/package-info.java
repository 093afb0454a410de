/**
 * Operators' metrics: {@code GET /metrics} in the Prometheus text format (Micrometer's Prometheus
 * registry) — chat connections, messages and reply times, people waiting and pick-up times,
 * listener source health and lag, mentions, and the JVM. docs/metrics.md lists them.
 */
package org.switchboard.server.metrics;
