package org.tsag.tracker.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of live updates, under {@code tracker.live.*}.
 *
 * @param enabled    listen for database changes on a dedicated connection (off for the jar's commands and the tests)
 * @param coalesce   changes that arrive within this window after the first are delivered together
 * @param maxBackoff the longest wait between two attempts to reconnect after the database went away
 */
@ConfigurationProperties("tracker.live")
public record LiveProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("150ms") Duration coalesce,
        @DefaultValue("15s") Duration maxBackoff) {
}
