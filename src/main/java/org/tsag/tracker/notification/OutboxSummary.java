package org.tsag.tracker.notification;

import java.util.Map;

/**
 * The state of the outbox for the admin page.
 *
 * @param mailServer    the configured SMTP server (host:port), or null when none is: then nothing is sent
 * @param counts        e-mails per state (PENDING, SENT, FAILED)
 * @param unseenChanges changes captured but not yet taken by the composer
 * @param schedulerOn   whether this node composes and sends ({@code tracker.notify.enabled})
 */
public record OutboxSummary(String mailServer, Map<String, Integer> counts, int unseenChanges, boolean schedulerOn) {

    public boolean mailConfigured() {
        return mailServer != null;
    }

    public int count(String state) {
        return counts.getOrDefault(state, 0);
    }
}
