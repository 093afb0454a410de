/**
 * A conversation's state, rebuilt from its events: {@link org.switchboard.bot.conversation.Conversation}
 * (what the bot decides from) and {@link org.switchboard.bot.conversation.ConversationStatus}
 * (who is answering, and the only place status transitions are allowed or refused). Everything
 * here is immutable. Nothing in this package accepts or returns null.
 */
package org.switchboard.bot.conversation;
