package org.tsag.tracker.base;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.internal.CurrentInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs start-up jobs (demo data, commands of the jar) as the user "system", so that they pass the
 * same method security as everyone else and are journaled under that name. It uses the
 * application's security-context strategy bean, the one method security reads (Vaadin installs
 * it as the JVM-wide strategy only after start-up jobs may already have run).
 */
public final class SystemAuthentication {

    public static final String NAME = "system";

    private static volatile SecurityContextHolderStrategy strategy;

    private SystemAuthentication() {
    }

    /** Hands the application's strategy to the static API. */
    @Component
    static class Binding {
        Binding(ObjectProvider<SecurityContextHolderStrategy> strategies) {
            strategy = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        }
    }

    /** The strategy that method security reads; CurrentUser reads through it too. */
    static SecurityContextHolderStrategy strategy() {
        SecurityContextHolderStrategy bound = strategy;
        return bound != null ? bound : SecurityContextHolder.getContextHolderStrategy();
    }

    public static <T> T call(Supplier<T> job) {
        SecurityContextHolderStrategy strategy = strategy();
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
