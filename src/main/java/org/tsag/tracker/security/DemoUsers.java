package org.tsag.tracker.security;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.Roles;

/** Demo mode: one user per role, with random passwords printed once in the log. */
@Service
public class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    private static final Map<String, List<String>> USERS = Map.of(
            "chair@demo.tracker.local", List.of(Roles.CHAIR),
            "tsb@demo.tracker.local", List.of(Roles.TSB),
            "member@demo.tracker.local", List.of(Roles.MEMBER));

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;

    DemoUsers(UserRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void create() {
        StringBuilder lines = new StringBuilder();
        USERS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(user -> {
            if (repository.exists(user.getKey())) {
                return;
            }
            String password = UserService.randomPassword();
            long id = repository.insert(user.getKey(), "Demo " + user.getValue().getFirst().toLowerCase(java.util.Locale.ROOT),
                    passwordEncoder.encode(password));
            repository.addRoles(id, user.getValue());
            lines.append("\n  ").append(user.getKey()).append("  ").append(password)
                    .append("  (").append(String.join(", ", user.getValue())).append(')');
        });
        if (!lines.isEmpty()) {
            log.warn("\n========== Demo users (passwords shown only now) =========={}\n===========================================================", lines);
        }
    }
}
