package org.diffusioncourse.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code app_user} and {@code app_user_role} tables, through plain SQL. */
@Repository
class UserRepository {

    /** An account with its password hash, for sign-in only. */
    record Credentials(Account account, String passwordHash) {
    }

    /** The condition that finds an account by name whatever its case, on H2 and on PostgreSQL. */
    private static final String SAME_NAME = "lower(username) = lower(:username)";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the account and its roles, returning the new id. A name already taken (whatever its
     * case) is refused with a DuplicateKeyException and rolls back to a savepoint taken here, so
     * the caller's transaction stays usable on PostgreSQL, which accepts no statement after an
     * error until a rollback to a savepoint.
     */
    @Transactional(propagation = Propagation.NESTED)
    long insert(String username, String displayName, String passwordHash, Set<Role> roles) {
        // Kept sign-ins are stored by username: a new account never inherits those of an old one.
        jdbc.sql("delete from persistent_logins where username = :username").param("username", username).update();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, display_name, password_hash) values (:username, :displayName, :hash)")
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        roles.forEach(role -> addRole(id, role));
        return id;
    }

    Optional<Account> findById(long id) {
        return jdbc.sql("select id, username, display_name, created_at, version from app_user where id = :id")
                .param("id", id).query(UserRepository::row).optional().map(this::withRoles);
    }

    /**
     * The row's version, or empty when the account no longer exists: the one read a signed-in
     * request makes to learn whether its roles are still the account's ({@link AccountFreshness}).
     */
    Optional<Long> version(long id) {
        return jdbc.sql("select version from app_user where id = :id").param("id", id).query(Long.class).optional();
    }

    /**
     * Case-insensitive, like the unique constraint. Every lookup by name compares
     * {@link #SAME_NAME}: on H2 the column ignores case by itself (VARCHAR_IGNORECASE), on
     * PostgreSQL it is a plain VARCHAR whose unique index is on {@code LOWER(username)}.
     */
    Optional<Account> findByUsername(String username) {
        return credentials(username).map(Credentials::account);
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select id, username, display_name, created_at, version, password_hash from app_user where " + SAME_NAME)
                .param("username", username)
                .query((rs, n) -> new Credentials(row(rs, n), rs.getString("password_hash")))
                .optional()
                .map(found -> new Credentials(withRoles(found.account()), found.passwordHash()));
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where " + SAME_NAME)
                .param("username", username).query(Integer.class).single() > 0;
    }

    /** Every account, oldest first. */
    List<Account> findAll() {
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        jdbc.sql("select user_id, role from app_user_role").query(rs -> {
            roles.computeIfAbsent(rs.getLong("user_id"), id -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString("role")));
        });
        return jdbc.sql("select id, username, display_name, created_at, version from app_user order by created_at, id")
                .query((rs, n) -> new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("version"),
                        roles.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
    }

    long countWithRole(Role role) {
        return jdbc.sql("select count(*) from app_user_role where role = :role")
                .param("role", role.name()).query(Long.class).single();
    }

    /**
     * Replaces the account's roles if its row still has {@code expectedVersion}, and bumps the
     * version. Returns false, changing nothing, when someone else changed the row first.
     */
    boolean replaceRoles(long id, long expectedVersion, Set<Role> roles) {
        int updated = jdbc.sql("update app_user set version = version + 1 where id = :id and version = :version")
                .param("id", id).param("version", expectedVersion).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from app_user_role where user_id = :id").param("id", id).update();
        roles.forEach(role -> addRole(id, role));
        return true;
    }

    /** Waits for, then holds until the transaction ends, the lock that role changes take turns on (V6). */
    void lockRoleChanges() {
        jdbc.sql("select name from app_info where name = 'role-changes' for update").query(String.class).single();
    }

    private void addRole(long id, Role role) {
        jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)")
                .param("id", id).param("role", role.name()).update();
    }

    private Account withRoles(Account account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from app_user_role where user_id = :id").param("id", account.id())
                .query(String.class).list().forEach(name -> roles.add(Role.valueOf(name)));
        return new Account(account.id(), account.username(), account.displayName(), account.createdAt(),
                account.version(), roles);
    }

    /** One row of {@code app_user}, roles not yet loaded. */
    private static Account row(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("version"), Set.of());
    }
}
