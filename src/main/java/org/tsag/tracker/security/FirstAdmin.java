package org.tsag.tracker.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsag.tracker.base.Roles;

/**
 * Before the web server opens, when no administrator exists (first start of an empty database),
 * creates the first admin from TRACKER_ADMIN_EMAIL and
 * TRACKER_ADMIN_PASSWORD, or, when those are unset, with a random password printed once in the log.
 * There is no default password anywhere. {@code tracker.admin.create=false} skips it: the jar's
 * {@code backup import} needs a database without any user.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

    static final String DEFAULT_EMAIL = "admin@tracker.local";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;
    private final TransactionTemplate transactions;

    FirstAdmin(UserRepository repository, PasswordEncoder passwordEncoder, Environment environment,
               TransactionTemplate transactions) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!environment.getProperty("tracker.admin.create", Boolean.class, true)) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (repository.adminExists()) {
                return;
            }
            String email = UserService.normalise(environment.getProperty("tracker.admin.email", DEFAULT_EMAIL));
            String password = environment.getProperty("tracker.admin.password");
            boolean generated = password == null || password.isBlank();
            if (generated) {
                password = UserService.randomPassword();
            }
            long id = repository.insert(email, "Administrator", passwordEncoder.encode(password));
            repository.addRoles(id, List.of(Roles.ADMIN, Roles.CHAIR, Roles.TSB));
            if (generated) {
                log.warn("""

                        ============================================================
                        First start: created the administrator {}
                        One-time password: {}
                        It is shown only now. Sign in and keep it safe, or set
                        TRACKER_ADMIN_EMAIL and TRACKER_ADMIN_PASSWORD next time.
                        ============================================================""", email, password);
            } else {
                log.info("First start: created the administrator {} from TRACKER_ADMIN_EMAIL", email);
            }
        });
    }
}
