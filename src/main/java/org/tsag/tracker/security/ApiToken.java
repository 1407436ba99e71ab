package org.tsag.tracker.security;

import java.time.OffsetDateTime;

/**
 * A personal API token as its owner's list shows it: never the token itself, only its first
 * characters. {@code lastUsedAt} is updated at most every {@value ApiTokenRepository#LAST_USED_MINUTES} minutes.
 */
public record ApiToken(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                       OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
