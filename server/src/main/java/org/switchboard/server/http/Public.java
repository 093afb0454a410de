package org.switchboard.server.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@code /api} resource (class or method) that anyone may call, signed in or not, such as
 * {@code GET /api/health} and the login itself. Every resource method is either {@code @Public}
 * or {@link StaffOnly}; one that is neither is refused (and reported when the server starts).
 * State-changing public calls are still refused when they come from another site.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Public {
}
