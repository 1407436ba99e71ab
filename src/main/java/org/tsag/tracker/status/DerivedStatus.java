package org.tsag.tracker.status;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clause's status derived from the current statuses of the action items linked to it, for where
 * nobody reported on the clause itself (issue 18); views say that it is derived. The rule:
 * no linked item, or none reported yet: nothing; every item closed: completed if any is completed,
 * else the closed status they share (superseded, withdrawn); items open: not started while every
 * item is not started (or unreported), continuous/ongoing or deferred when every open item is,
 * in progress otherwise.
 */
public final class DerivedStatus {

    public static final String NOT_STARTED = "NOT_STARTED";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String ONGOING = "ONGOING";
    public static final String COMPLETED = "COMPLETED";
    public static final String DEFERRED = "DEFERRED";
    private static final List<String> CLOSED = List.of(COMPLETED, "SUPERSEDED", "WITHDRAWN");

    private DerivedStatus() {
    }

    /** @param itemStatuses the linked items' current status codes, null for an item without a report */
    public static Optional<String> of(Collection<String> itemStatuses) {
        List<String> reported = itemStatuses.stream().filter(Objects::nonNull).toList();
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        List<String> open = itemStatuses.stream().filter(s -> s == null || !CLOSED.contains(s)).toList();
        if (open.isEmpty()) {
            return Optional.of(reported.contains(COMPLETED) ? COMPLETED
                    : reported.stream().distinct().count() == 1 ? reported.getFirst() : COMPLETED);
        }
        if (itemStatuses.stream().allMatch(s -> s == null || NOT_STARTED.equals(s))) {
            return Optional.of(NOT_STARTED);
        }
        for (String shared : List.of(ONGOING, DEFERRED)) {
            if (open.stream().allMatch(shared::equals)) {
                return Optional.of(shared);
            }
        }
        return Optional.of(IN_PROGRESS);
    }
}
