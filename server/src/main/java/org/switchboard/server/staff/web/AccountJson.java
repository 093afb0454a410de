package org.switchboard.server.staff.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.switchboard.server.staff.SignedIn;
import org.switchboard.server.staff.StaffAccount;

/** How accounts and sessions look in the API's JSON (snake_case, roles as codes). */
final class AccountJson {
    private AccountJson() {
    }

    static Map<String, Object> account(StaffAccount a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("login", a.login());
        out.put("display_name", a.displayName());
        out.put("roles", a.roleCodes());
        out.put("disabled", a.disabled());
        out.put("created_at", a.createdAt().toString());
        return out;
    }

    /** What {@code GET /api/session} answers: who is signed in and the CSRF token. */
    static Map<String, Object> session(SignedIn s, String redirect) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("login", s.account().login());
        out.put("display_name", s.account().displayName());
        out.put("roles", s.account().roleCodes());
        out.put("csrf_token", s.csrfToken());
        out.put("expires_at", s.expiresAt().toString());
        if (redirect != null) {
            out.put("redirect", redirect);
        }
        return out;
    }
}
