/**
 * Handoffs on the server: the line of visitors waiting for a person per team
 * ({@link org.switchboard.server.handoff.HandoffQueue}) and honest wait estimates from recent
 * pick-ups ({@link org.switchboard.server.handoff.WaitEstimator}). Stored by
 * {@link org.switchboard.server.jdbc.HandoffRepository}.
 */
package org.switchboard.server.handoff;
