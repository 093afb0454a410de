/**
 * The handoff rules: when the bot asks for a person beyond the visitor's own request (a topic
 * that always needs one, frustration, repeated "no"), and which team gets the conversation,
 * read from {@code config/handoff.yaml}.
 */
package org.switchboard.bot.handoff;
