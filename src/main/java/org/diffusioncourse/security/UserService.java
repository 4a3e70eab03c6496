package org.diffusioncourse.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.base.CacheOwner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts: learners sign themselves up; only admins list accounts and change roles. The
 * admin check is method security on this class, so a hidden button is never the only guard.
 *
 * <p>Sign-up says when a username is taken, which tells anyone whether an account exists. The
 * course accepts that (its accounts hold notes and progress, no email address or anything else
 * to reach a person by, and a new learner must learn somehow that a name is taken), and rations
 * the answer instead: sign-ups that reach the username check are limited per client address
 * ({@link AttemptLimit#SIGN_UP_ADDRESS}).
 */
@Service
public class UserService implements CacheOwner {

    private static final Set<Role> NEW_ACCOUNT_ROLES = EnumSet.of(Role.LEARNER);

    private final UserRepository users;
    private final PasswordEncoder passwords;

    private final TransactionTemplate transactions;
    private final Throttle<ClientAddress> signUps;

    UserService(UserRepository users, PasswordEncoder passwords, TransactionTemplate transactions, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.transactions = transactions;
        this.signUps = new Throttle<>(AttemptLimit.SIGN_UP_ADDRESS, Throttle.timeOf(clock));
    }

    /**
     * Creates a learner account for a form a client sent from {@code from}, or says what to fix;
     * throws {@link SignUpPaused} when that address has had its share of sign-ups for now.
     */
    @Transactional
    public Account signUp(SignUpForm form, ClientAddress from) {
        return create(form, () -> signUps.take(from).ifPresent(pause -> {
            throw new SignUpPaused(pause);
        }));
    }

    /**
     * Creates a learner account the site makes on its own behalf (tests, tools), with no client
     * to limit; a form from a browser goes through {@link #signUp(SignUpForm, ClientAddress)}.
     */
    @Transactional
    public Account signUp(SignUpForm form) {
        return create(form, () -> { });
    }

    /** {@code beforeUsernameCheck} runs once the username is well formed, before the database is asked. */
    private Account create(SignUpForm form, Runnable beforeUsernameCheck) {
        Map<SignUpForm.Field, String> problems = form.problems();
        if (!problems.containsKey(SignUpForm.Field.USERNAME)) {
            beforeUsernameCheck.run();
            if (users.usernameTaken(form.username())) {
                problems.put(SignUpForm.Field.USERNAME, takenMessage(form.username()));
            }
        }
        if (!problems.isEmpty()) {
            throw new SignUpRejected(problems);
        }
        try {
            long id = users.insert(form.username(), form.displayName(), passwords.encode(form.password()), NEW_ACCOUNT_ROLES);
            return users.findById(id).orElseThrow();
        } catch (DuplicateKeyException raced) {
            throw new SignUpRejected(Map.of(SignUpForm.Field.USERNAME, takenMessage(form.username())));
        }
    }

    @Override
    public List<BoundedCache<?, ?>> caches() {
        return List.of(signUps.buckets());
    }

    public Optional<Account> find(String username) {
        return users.findByUsername(username);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Account> listAccounts() {
        return users.findAll();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Account grantRole(Account seen, Role role) {
        Set<Role> roles = EnumSet.of(role);
        roles.addAll(seen.roles());
        return changeRoles(seen, roles);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Account removeRole(Account seen, Role role) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(seen.roles());
        roles.remove(role);
        return changeRoles(seen, roles);
    }

    /**
     * Gives the account exactly {@code roles}, if it is still as the admin saw it
     * ({@code seen.version()}); otherwise refuses and says what changed.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Account changeRoles(Account seen, Set<Role> roles) {
        if (!roles.contains(Role.LEARNER)) {
            throw new RoleChangeRefused("Every account keeps the Learner role; " + seen.username() + " still has it.");
        }
        return transactions.execute(status -> {
            // "Not the last admin" is a rule across rows, which the version column of one row
            // cannot guard; so role changes take turns on every instance, through a row lock
            // held until this transaction commits, and the next one counts admins in a
            // database that already shows this change.
            users.lockRoleChanges();
            return applyRoles(seen, roles);
        });
    }

    private Account applyRoles(Account seen, Set<Role> roles) {
        Account current = users.findById(seen.id())
                .orElseThrow(() -> new RoleChangeRefused("The account " + seen.username() + " no longer exists."));
        if (current.version() != seen.version()) {
            throw stale(seen, current);
        }
        if (current.has(Role.ADMIN) && !roles.contains(Role.ADMIN) && users.countWithRole(Role.ADMIN) <= 1) {
            String who = isCurrentUser(seen) ? "You are the last admin, so you cannot remove your own Admin role"
                    : seen.username() + " is the last admin";
            throw new RoleChangeRefused(who + ". Make another account an admin first, so that someone can still "
                    + "manage accounts.");
        }
        if (!users.replaceRoles(seen.id(), seen.version(), roles)) {
            throw stale(seen, users.findById(seen.id()).orElse(current));
        }
        return users.findById(seen.id()).orElseThrow();
    }

    private static RoleChangeRefused stale(Account seen, Account current) {
        String change = current.roles().equals(seen.roles())
                ? "its roles are still " + current.roleLabels() + ", but the account was updated"
                : "its roles are now " + current.roleLabels() + " (you saw " + seen.roleLabels() + ")";
        return new RoleChangeRefused("Someone else changed " + seen.username() + " after you loaded it: " + change
                + ". Nothing was saved; look at the current roles and try again.");
    }

    private static boolean isCurrentUser(Account account) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && account.username().equalsIgnoreCase(signedIn.getName());
    }

    private static String takenMessage(String username) {
        return "The username \u201c" + username + "\u201d is taken. Choose another one.";
    }
}
