/**
 * What happened in a conversation: the sealed {@link org.switchboard.bot.event.ConversationEvent}
 * and its records, each an immutable fact named in the past tense. The bot returns them; the
 * server stores them in order, giving each a per-conversation sequence number, and sends them to
 * the widget. The {@link org.switchboard.bot.event.BotMessage} events are the ones the visitor
 * reads: they carry the text, already in the visitor's language, and any quick replies.
 * Nothing in this package accepts or returns null.
 */
package org.switchboard.bot.event;
