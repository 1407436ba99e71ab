package org.tsag.tracker.base;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up jobs (demo data, first admin, commands of the jar) as the user "system", so that
 * they pass the same method security as everyone else and are journaled under that name.
 */
public final class SystemAuthentication {

    public static final String NAME = "system";

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> job) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null, List.of(
                new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN),
                new SimpleGrantedAuthority("ROLE_" + Roles.CHAIR),
                new SimpleGrantedAuthority("ROLE_" + Roles.TSB))));
        SecurityContextHolder.setContext(context);
        try {
            return job.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable job) {
        call(() -> {
            job.run();
            return null;
        });
    }
}
