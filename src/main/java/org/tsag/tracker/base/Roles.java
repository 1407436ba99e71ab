package org.tsag.tracker.base;

/**
 * The role names, as used in {@code @RolesAllowed}. Roles themselves are rows of the
 * {@code app_role} table; a user can hold several.
 * <ul>
 * <li>ADMIN: users, roles, reference data, settings;</li>
 * <li>CHAIR: everything TSB can do, plus approve, close and reopen items, edit plans, record TSAG decisions;</li>
 * <li>TSB: create and edit items, report status, import resolutions, produce reports;</li>
 * <li>MEMBER: read everything that is not internal.</li>
 * </ul>
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String CHAIR = "CHAIR";
    public static final String TSB = "TSB";
    public static final String MEMBER = "MEMBER";

    private Roles() {
    }
}
