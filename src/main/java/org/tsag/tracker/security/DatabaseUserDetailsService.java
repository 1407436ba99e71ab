package org.tsag.tracker.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in against the app_user table (single sign-on users have no password). Locks are not
 * an account flag: {@link LoginThrottle} refuses throttled attempts before this is asked.
 */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository repository;

    DatabaseUserDetailsService(UserRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserRepository.Credentials user = repository.findCredentials(UserService.normalise(username))
                .filter(u -> u.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.email())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .authorities(user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList())
                .build();
    }
}
