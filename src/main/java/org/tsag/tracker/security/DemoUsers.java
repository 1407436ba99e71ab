package org.tsag.tracker.security;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.database.EmbeddedPostgresServer;

/**
 * Demo mode: one user per role, with random passwords printed once in the log. Only for the
 * README's demo run, on the embedded database (issue 19, item 7): never on an external database,
 * whatever the demo mode says. While they can sign in, every start says so loudly in the log and
 * every page shows a notice ({@link DemoAccounts}).
 */
@Service
public class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    static final Map<String, List<String>> USERS = Map.of(
            "chair@demo.tracker.local", List.of(Roles.CHAIR),
            "tsb@demo.tracker.local", List.of(Roles.TSB),
            "member@demo.tracker.local", List.of(Roles.MEMBER));

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;

    DemoUsers(UserRepository repository, PasswordEncoder passwordEncoder, ObjectProvider<EmbeddedPostgresServer> embedded) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.embedded = embedded;
    }

    /** @return whether accounts were created: never on an external database */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public boolean create() {
        if (embedded.getIfAvailable() == null) {
            log.warn("No demo accounts are created: the database is an external one (spring.datasource.url), "
                    + "and demo accounts with logged passwords are only for the embedded demo run");
            return false;
        }
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
            log.warn("\n========== DEMO ACCOUNTS CREATED (passwords shown only now) =========={}"
                    + "\n  Anyone who reads this log can sign in with them: a demo server only."
                    + "\n=====================================================================", lines);
        }
        return !lines.isEmpty();
    }
}
