/**
 * Storage over JDBC: {@link org.switchboard.server.jdbc.Database} (the front door) opens the
 * embedded H2 file or a PostgreSQL server, runs the Flyway migrations in {@code db/migration},
 * and hands out repositories such as {@link org.switchboard.server.jdbc.ConversationRepository}.
 * The same SQL runs on both databases. Nothing here is null unless documented.
 */
package org.switchboard.server.jdbc;
