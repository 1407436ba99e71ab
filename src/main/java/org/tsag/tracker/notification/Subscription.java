package org.tsag.tracker.notification;

/** One of the user's subscriptions, with what it follows. */
public record Subscription(long id, FollowTarget target) {
}
