package org.switchboard.server.staff;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a member of staff may do. A person may hold several roles; every staff page and
 * {@code /api} call names the roles it admits.
 */
public enum Role {
    /** Takes handed-off chats in the agent console. */
    AGENT,
    /** Oversees agents: sees the queue and the staff list, takes escalations. */
    SUPERVISOR,
    /** Works the social-listening triage dashboard. */
    SOCIAL,
    /** Edits the FAQ. */
    EDITOR,
    /** Manages staff accounts and settings. */
    ADMIN;

    /** The name used in the API, the database and on the command line: {@code agent}, {@code admin}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The role with this code (case and surrounding spaces ignored).
     *
     * @throws IllegalArgumentException naming the known roles when there is none
     */
    public static Role of(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.code().equals(wanted)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + code + "' (known: " + known() + ")");
    }

    /**
     * The roles of a comma-separated list such as {@code admin,agent}; at least one.
     *
     * @throws IllegalArgumentException for an unknown role or an empty list
     */
    public static Set<Role> parseList(String list) {
        if (list == null || list.isBlank()) {
            throw new IllegalArgumentException("at least one role is needed (known: " + known() + ")");
        }
        return ofCodes(Arrays.asList(list.split(",")));
    }

    /** The roles with these codes; at least one. */
    public static Set<Role> ofCodes(Collection<String> codes) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : codes) {
            roles.add(of(code));
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("at least one role is needed (known: " + known() + ")");
        }
        return roles;
    }

    /** {@code agent, supervisor, social, editor, admin}. */
    public static String known() {
        return Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "));
    }
}
