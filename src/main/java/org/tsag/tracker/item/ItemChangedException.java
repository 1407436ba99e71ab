package org.tsag.tracker.item;

import java.util.List;

/** Someone saved the item after the user opened it; nothing was written. Carries what they changed. */
public class ItemChangedException extends RuntimeException {

    private final transient List<FieldChange> changes;
    private final int currentVersion;

    public ItemChangedException(List<FieldChange> changes, int currentVersion) {
        super("The item was changed by someone else (now version " + currentVersion + ")");
        this.changes = List.copyOf(changes);
        this.currentVersion = currentVersion;
    }

    public List<FieldChange> changes() {
        return changes;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
