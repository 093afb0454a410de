package org.switchboard.server.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.switchboard.server.staff.Role;

/**
 * An {@code /api} resource (class or method; the method's wins) for signed-in staff holding at
 * least one of {@link #value()} (empty: any role). Without a live session the answer is 401,
 * without a matching role 403; a state-changing call (not GET, HEAD or OPTIONS) must also carry
 * the session's {@code X-CSRF-Token} header and come from this site, else 403.
 *
 * <pre>{@code
 * @GET @StaffOnly({Role.ADMIN, Role.SUPERVISOR})
 * public List<Map<String, Object>> list() { … }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StaffOnly {
    /** The roles admitted; any one suffices. Empty: every signed-in member of staff. */
    Role[] value() default {};
}
