package org.diffusioncourse.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security's view of the accounts table, used by the sign-in form. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRepository.Credentials found = users.credentials(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return User.withUsername(found.account().username())
                .password(found.passwordHash())
                .authorities(found.account().roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
