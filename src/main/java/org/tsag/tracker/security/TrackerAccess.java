package org.tsag.tracker.security;

import org.springframework.stereotype.Component;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.TrackerProperties;

/** The rule behind {@code @CanRead}: signed in, or public read-only mode. */
@Component("trackerAccess")
public class TrackerAccess {

    private final TrackerProperties properties;

    TrackerAccess(TrackerProperties properties) {
        this.properties = properties;
    }

    public boolean canRead() {
        return properties.publicRead() || CurrentUser.name().isPresent();
    }

    public boolean publicRead() {
        return properties.publicRead();
    }
}
