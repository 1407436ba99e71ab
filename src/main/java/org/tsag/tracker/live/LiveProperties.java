package org.tsag.tracker.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of live updates, under {@code tracker.live.*}.
 *
 * @param enabled    listen for database changes on a dedicated connection (off for the jar's commands and the tests)
 * @param coalesce   the shortest time between two deliveries; a lone change goes out after 20 ms, later ones
 *                   that arrive within this window of the last delivery are delivered together at its end
 * @param maxBackoff the longest wait between two attempts to reconnect after the database went away
 */
@ConfigurationProperties("tracker.live")
public record LiveProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("150ms") Duration coalesce,
        @DefaultValue("15s") Duration maxBackoff) {
}
