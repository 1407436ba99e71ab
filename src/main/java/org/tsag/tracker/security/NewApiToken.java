package org.tsag.tracker.security;

/** A token just created: {@code token} is shown to its owner once and is not stored. */
public record NewApiToken(long id, String name, String token) {
}
