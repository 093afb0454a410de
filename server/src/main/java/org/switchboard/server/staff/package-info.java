/**
 * Staff accounts: who may sign in ({@link org.switchboard.server.staff.StaffAccount} with its
 * {@link org.switchboard.server.staff.Role}s), how passwords are kept (Argon2id,
 * {@link org.switchboard.server.staff.Passwords}), sessions and login throttling, all behind
 * the front door {@link org.switchboard.server.staff.StaffService}. The HTTP side (cookies, CSRF,
 * role checks) is in {@code staff.web}. Nothing here is null unless documented.
 */
package org.switchboard.server.staff;
