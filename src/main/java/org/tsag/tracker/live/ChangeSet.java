package org.tsag.tracker.live;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The changes that arrived within one coalescing window, delivered together to every screen. The
 * questions a screen asks are conservative: when the changes do not say exactly what they touched
 * ({@link #everything()}), every answer is "maybe".
 */
public final class ChangeSet {

    private final List<Change> changes;
    private final boolean everything;
    private final Set<String> tables = new LinkedHashSet<>();
    private final Set<Long> items = new LinkedHashSet<>();
    private final Set<Long> clauses = new LinkedHashSet<>();
    private final Set<String> plans = new LinkedHashSet<>();
    private final Set<String> resolutions = new LinkedHashSet<>();
    private final boolean itemsAddedOrRemoved;

    private ChangeSet(List<Change> changes) {
        this.changes = changes;
        boolean all = false;
        boolean addedOrRemoved = false;
        for (Change change : changes) {
            all |= !change.pinned();
            tables.add(change.table());
            items.addAll(change.items());
            clauses.addAll(change.clauses());
            plans.addAll(change.plans());
            resolutions.addAll(change.resolutions());
            addedOrRemoved |= "action_item".equals(change.table()) && !"UPDATE".equals(change.operation());
        }
        this.everything = all;
        this.itemsAddedOrRemoved = addedOrRemoved;
    }

    public static ChangeSet of(Collection<Change> changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("A change set holds at least one change");
        }
        return new ChangeSet(List.copyOf(changes));
    }

    public static ChangeSet of(Change... changes) {
        return of(List.of(changes));
    }

    /** Anything may have changed: reference data, more than a trigger lists, or a reconnect after lost notifications. */
    public boolean everything() {
        return everything;
    }

    /** Whether any action item may show something else now (status, progress, fields, links). */
    public boolean mayAffectItems() {
        return everything || !items.isEmpty() || !plans.isEmpty();
    }

    public boolean mayAffectItem(long id) {
        return everything || items.contains(id);
    }

    /** Whether an item of this plan (or the plan itself) may have changed. */
    public boolean mayAffectPlan(String code) {
        return everything || plans.contains(code);
    }

    /** Whether a clause's reported implementation (the heatmap) may have changed. */
    public boolean mayAffectClauses() {
        return everything || !clauses.isEmpty();
    }

    /** Whether items were created or deleted, so that a list of items may be longer or shorter now. */
    public boolean itemsAddedOrRemoved() {
        return everything || itemsAddedOrRemoved;
    }

    /**
     * The items whose journal got new entries, when that is all these changes did (inserts into
     * {@code status_event} that name every item they touched); empty when anything else changed, or
     * may have. Such changes leave the set of items, their fields and their visibility as they were.
     */
    public java.util.Optional<Set<Long>> onlyReportsOn() {
        if (everything) {
            return java.util.Optional.empty();
        }
        for (Change change : changes) {
            if (!"status_event".equals(change.table()) || !"INSERT".equals(change.operation()) || change.more()) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(Set.copyOf(items));
    }

    /**
     * When these changes only added journal entries for named items ({@link #onlyReportsOn()}), the
     * earliest day those entries report on: every item's state before that day is as it was.
     */
    public java.util.Optional<java.time.LocalDate> onlyReportsFrom() {
        if (onlyReportsOn().isEmpty()) {
            return java.util.Optional.empty();
        }
        java.time.LocalDate earliest = null;
        for (Change change : changes) {
            if (change.from() == null) {
                return java.util.Optional.empty();
            }
            earliest = earliest == null || change.from().isBefore(earliest) ? change.from() : earliest;
        }
        return java.util.Optional.ofNullable(earliest);
    }

    /** The ids of the items named; meaningful only when not {@link #everything()}. */
    public Set<Long> items() {
        return Set.copyOf(items);
    }

    public Set<String> plans() {
        return Set.copyOf(plans);
    }

    public Set<String> resolutions() {
        return Set.copyOf(resolutions);
    }

    public Set<String> tables() {
        return Set.copyOf(tables);
    }

    public List<Change> changes() {
        return changes;
    }

    public int size() {
        return changes.size();
    }

    /** From the earliest trigger (just before its commit) until {@code now}; empty when no change carries the time. */
    public java.util.Optional<Duration> sinceRaised(Instant now) {
        return changes.stream()
                .map(Change::raisedAt)
                .filter(java.util.Objects::nonNull)
                .min(Instant::compareTo)
                .map(raised -> Duration.between(raised, now));
    }

    /** From the first arrival at this node until {@code now}. */
    public Duration sinceReceived(Instant now) {
        return changes.stream()
                .map(Change::receivedAt)
                .min(Instant::compareTo)
                .map(received -> Duration.between(received, now))
                .orElse(Duration.ZERO);
    }

    @Override
    public String toString() {
        return "ChangeSet" + (everything ? "[everything]" : "") + "{tables=" + tables + ", items=" + items.size()
                + ", clauses=" + clauses.size() + ", plans=" + plans + ", changes=" + changes.size() + "}";
    }
}
