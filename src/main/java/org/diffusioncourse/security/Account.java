package org.diffusioncourse.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An account as the rest of the site sees it: no password hash. {@code version} is the
 * optimistic-locking counter of the row; a role change must name the version it was based on.
 */
public record Account(long id, String username, String displayName, Instant createdAt, long version, Set<Role> roles) {

    public Account {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The roles in their declared order, for display: "Learner, Admin". */
    public String roleLabels() {
        if (roles.isEmpty()) {
            return "no roles";
        }
        return EnumSet.copyOf(roles).stream().map(Role::label).collect(Collectors.joining(", "));
    }
}
