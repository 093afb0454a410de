/**
 * Staff accounts on the web: the access checks every {@code /api} resource declares
 * ({@link org.switchboard.server.http.Public}, {@link org.switchboard.server.http.StaffOnly}),
 * the session cookie, CSRF and cross-site checks, the login and staff APIs, and the guard in
 * front of the staff pages. {@link org.switchboard.server.staff.web.StaffWeb} wires it all.
 */
package org.switchboard.server.staff.web;
