package org.tsag.tracker.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the demo accounts of {@link DemoUsers}, whose passwords went to the log, can sign in on
 * this server: asked by the notice on every page, the login page included (so for anonymous
 * visitors too, which is why this is no service with a role), and told loudly at every start.
 * It says only that they exist, which the README says of every demo run anyway.
 */
@Component
public class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserRepository repository;

    DemoAccounts(UserRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public boolean present() {
        return repository.anyCanSignIn(DemoUsers.USERS.keySet());
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnOnStart() {
        if (present()) {
            log.warn("This server has demo accounts ({}) whose passwords were printed in the log. "
                            + "Do not keep real data here, or disable them under Users.",
                    String.join(", ", DemoUsers.USERS.keySet().stream().sorted().toList()));
        }
    }
}
