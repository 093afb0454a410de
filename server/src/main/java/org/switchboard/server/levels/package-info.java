/**
 * Service-level standards (issue 9): the customers' own standards, defined in
 * {@code config/standards.yaml} as a percentile of a measure within a time limit over a period,
 * computed from stored events (handoffs, call back outcomes) and served at
 * {@code /api/service-levels/standards}. docs/standards.md.
 */
package org.switchboard.server.levels;
