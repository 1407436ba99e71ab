package org.tsag.tracker.status;

import org.tsag.tracker.base.CurrentUser;

/**
 * Which action items a reader may see: internal items only for those whose role allows it (TSB,
 * chairs, admins). Every query that reads items, counts them or rolls their progress up takes
 * one, and turns it into SQL with {@link StatusQuery#visible}.
 */
public record ItemScope(boolean seesInternal) {

    /** Everything, internal items included (exports for TSB, background jobs that filter later). */
    public static final ItemScope ALL = new ItemScope(true);

    /** What members and anonymous visitors see: no internal items. */
    public static final ItemScope PUBLIC = new ItemScope(false);

    public static ItemScope of(boolean seesInternal) {
        return seesInternal ? ALL : PUBLIC;
    }

    /** The scope of the signed-in user (or the anonymous visitor). */
    public static ItemScope reader() {
        return of(CurrentUser.canSeeInternal());
    }
}
