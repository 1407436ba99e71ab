package org.tsag.tracker.base;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.internal.CurrentInstance;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs start-up jobs (demo data, commands of the jar) as the user "system", so that they pass the
 * same method security as everyone else and are journaled under that name. It goes through the
 * JVM-wide strategy, which Vaadin sets to the one method security reads.
 */
public final class SystemAuthentication {

    public static final String NAME = "system";

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> job) {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        // In a Vaadin request the security context comes from the Vaadin session; step out of it
        // for the job, so that the session's user is neither used nor elevated.
        Map<Class<?>, CurrentInstance> vaadin = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null, List.of(
                new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN),
                new SimpleGrantedAuthority("ROLE_" + Roles.CHAIR),
                new SimpleGrantedAuthority("ROLE_" + Roles.TSB))));
        strategy.setContext(context);
        try {
            return job.get();
        } finally {
            strategy.setContext(previous);
            CurrentInstance.restoreInstances(vaadin);
        }
    }

    public static void run(Runnable job) {
        call(() -> {
            job.run();
            return null;
        });
    }
}
