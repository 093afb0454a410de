/**
 * Call backs at a set date and time (issue 5): their storage ({@link
 * org.switchboard.server.callback.CallbackRepository}: bookings, the places taken per slot, the
 * capacity guarantee; {@link org.switchboard.server.callback.RotaRepository}: rotas set by a
 * supervisor), manage tokens ({@link org.switchboard.server.callback.ManageTokens}), and the
 * booking service the bot's port and the manage page use. SQL lives here on
 * {@code jdbc.Transactions}, like the staff package, so {@code jdbc} knows nothing of call backs.
 * Nothing here is null unless documented.
 */
package org.switchboard.server.callback;
