/**
 * When people from the team are at work: {@link org.switchboard.bot.hours.BusinessHours}, a
 * weekly schedule in a time zone less holidays and one-off closures ({@link org.switchboard.bot.hours.Closure}),
 * and {@link org.switchboard.bot.hours.TeamHours}, the office's hours and each team's own, read from
 * {@code config/hours.yaml}. The bot uses the office's for its away notice; call back slots use each
 * team's. Immutable throughout. Nothing in this package accepts or returns null.
 */
package org.switchboard.bot.hours;
