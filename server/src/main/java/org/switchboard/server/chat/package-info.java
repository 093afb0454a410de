/**
 * The glue between the bot's conversation events and the conversation store: {@link
 * org.switchboard.server.chat.EventCodec} turns each {@link org.switchboard.bot.event.ConversationEvent}
 * into a stored row (type, author, JSON payload) and back.
 */
package org.switchboard.server.chat;
