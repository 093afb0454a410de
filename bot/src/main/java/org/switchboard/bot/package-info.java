/**
 * The bot's conversation engine. The front door is {@link org.switchboard.bot.Bot}: given a
 * {@link org.switchboard.bot.conversation.Conversation} and what just arrived (an
 * {@link org.switchboard.bot.Inbound}), it returns the events that follow. It needs one port,
 * {@link org.switchboard.bot.FaqSearch}, a {@link org.switchboard.bot.phrasing.Phrasebook} and a
 * clock; it knows nothing of WebSocket, HTTP or SQL. The classes that are not public decide the
 * bot's next step, one kind of input each. Nothing in this package accepts or returns null.
 */
package org.switchboard.bot;
