package org.diffusioncourse.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts' own security: method security, so services check roles themselves
 * ({@code @PreAuthorize}), and how passwords are hashed. The HTTP chains are in
 * {@code org.diffusioncourse.system.HttpSecurityConfig}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Argon2id for new hashes; the {@code {id}} prefix on each stored hash lets a later change
     * of algorithm verify old hashes and rehash them.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder(12)));
    }
}
