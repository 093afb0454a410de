/**
 * Everything the bot says, and the words it listens for, per language: the
 * {@link org.switchboard.bot.phrasing.Phrasebook} loaded from {@code config/phrasing/<lang>.yaml}
 * and the {@link org.switchboard.bot.phrasing.Phrase} keys it must hold. No phrasing lives in Java
 * code. Loading fails fast with a {@link org.switchboard.bot.phrasing.PhrasebookException} naming
 * every file and key that is wrong. Nothing in this package accepts or returns null.
 */
package org.switchboard.bot.phrasing;
