package org.tsag.tracker.notification;

/** Something a user can follow: an ITEM, PLAN, RESOLUTION or ENTITY, with its id and a label. */
public record FollowTarget(String kind, long id, String label) {

    public static final String ITEM = "ITEM";
    public static final String PLAN = "PLAN";
    public static final String RESOLUTION = "RESOLUTION";
    public static final String ENTITY = "ENTITY";
}
