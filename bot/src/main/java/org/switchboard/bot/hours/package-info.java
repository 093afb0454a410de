/**
 * When people from the team are at work: {@link org.switchboard.bot.hours.BusinessHours}, a
 * weekly schedule in the office's time zone, read from {@code config/hours.yaml}. The bot uses it
 * for its away notice; callbacks will use it to offer slots. Immutable throughout. Nothing in
 * this package accepts or returns null.
 */
package org.switchboard.bot.hours;
