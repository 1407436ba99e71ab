package org.tsag.tracker.security;

import java.time.OffsetDateTime;
import java.util.List;

/** A user as the admin view lists it (never the password hash); {@code lastSignInAt} is null before the first sign-in. */
public record UserAccount(
        long id,
        String email,
        String displayName,
        boolean enabled,
        boolean singleSignOn,
        OffsetDateTime lockedUntil,
        OffsetDateTime lastSignInAt,
        List<String> roles,
        int version) {
}
