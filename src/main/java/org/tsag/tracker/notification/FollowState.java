package org.tsag.tracker.notification;

import java.util.List;

/**
 * Whether the signed-in user follows something: their own subscription to it, and for an item the
 * other reasons they hear of it anyway (OWNER, CONTACT, PLAN, ENTITY, RESOLUTION), which a toggle
 * cannot switch off.
 */
public record FollowState(FollowTarget target, boolean following, List<String> otherReasons) {

    public FollowState {
        otherReasons = List.copyOf(otherReasons);
    }
}
