/**
 * What a visitor's message signals besides its question: a request for a person, thanks, a yes
 * or no to "Did that help?", and frustration (complaint words, shouting, exclamation marks).
 * {@link org.switchboard.bot.signal.Signals} matches the phrasebook's lists after
 * folding text (accents, case, Arabic letter forms and punctuation), so "noi chuyen voi nhan vien" typed
 * without diacritics matches "nói chuyện với nhân viên". Pure functions over immutable data.
 * Nothing in this package accepts or returns null.
 */
package org.switchboard.bot.signal;
