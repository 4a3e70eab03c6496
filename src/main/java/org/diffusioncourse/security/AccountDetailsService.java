package org.diffusioncourse.security;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Spring Security's view of the accounts table, used by the sign-in form, by a kept sign-in
 * (remember-me) and by {@link AccountFreshness} when an admin has changed the roles: each of
 * them reads the account's roles as they are now.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        UserRepository.Credentials found = users.credentials(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        Account account = found.account();
        return new SignedInUser(account.id(), account.version(), account.username(), found.passwordHash(),
                AuthorityUtils.createAuthorityList(account.roles().stream().map(Role::authority).toList()));
    }
}
