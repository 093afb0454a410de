/**
 * Call back slots, pure: a team's {@link org.switchboard.bot.callback.Rota} of
 * {@link org.switchboard.bot.callback.Shift}s, its {@link org.switchboard.bot.callback.SlotCalendar}
 * (hours and holidays cut into slots, capacity from the agents on shift),
 * {@link org.switchboard.bot.callback.SlotFinder} (the next free slots: never past, outside hours or
 * over capacity, soonest first), the {@link org.switchboard.bot.callback.ServiceLevel} in business
 * time, the settings of {@code config/callbacks.yaml} ({@link org.switchboard.bot.callback.CallbackRules})
 * and the visitor's {@link org.switchboard.bot.callback.Contact}. No storage: the server counts the
 * places taken and passes them in. Immutable throughout; nothing accepts or returns null.
 */
package org.switchboard.bot.callback;
