package org.switchboard.server.staff;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A member of staff as stored, without the password hash. Teams come with the handoff work.
 *
 * @param id          the database's id
 * @param login       the name signed in with, normalised by {@link Logins#normalise}
 * @param displayName what visitors and colleagues see, e.g. "Maria Papadopoulou"
 * @param roles       what the person may do; never empty; unmodifiable
 * @param createdAt   when the account was made
 * @param disabled    true when the account may no longer sign in
 */
public record StaffAccount(long id, String login, String displayName, Set<Role> roles, Instant createdAt,
                           boolean disabled) {
    public StaffAccount {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(createdAt, "createdAt");
        EnumSet<Role> copy = EnumSet.noneOf(Role.class);
        copy.addAll(Objects.requireNonNull(roles, "roles"));
        roles = Collections.unmodifiableSet(copy);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when the account holds at least one of {@code wanted}. */
    public boolean hasAny(Set<Role> wanted) {
        return !Collections.disjoint(roles, wanted);
    }

    /** The role codes in the enum's order, e.g. {@code [agent, admin]}. */
    public List<String> roleCodes() {
        return roles.stream().map(Role::code).toList();
    }
}
