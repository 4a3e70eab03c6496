package org.diffusioncourse.security;

/**
 * What an account may do. Every account is at least a learner; authors edit lessons,
 * reviewers review claims, admins manage accounts. Spring Security sees them as
 * {@code ROLE_<name>}.
 */
public enum Role {
    LEARNER("Learner"),
    AUTHOR("Author"),
    REVIEWER("Reviewer"),
    ADMIN("Admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The authority name Spring Security checks, for example {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
