package org.tsag.tracker.base;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is acting now, read from Spring Security's context (the Vaadin session's in views). */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The signed-in user's name (e-mail), or empty for anonymous visitors and system jobs. */
    public static Optional<String> name() {
        Authentication authentication = SystemAuthentication.strategy().getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(authentication.getName());
    }

    public static boolean hasRole(String role) {
        Authentication authentication = SystemAuthentication.strategy().getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return false;
        }
        String authority = "ROLE_" + role;
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority::equals);
    }

    public static boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** Internal items are for TSB, chairs and admins; members and anonymous visitors never see them. */
    public static boolean canSeeInternal() {
        return hasAnyRole(Roles.TSB, Roles.CHAIR, Roles.ADMIN);
    }

    /** The name written into journals: the user, or "system" for jobs such as the demo loader. */
    public static String actor() {
        return name().orElse("system");
    }
}
