package org.tsag.tracker.item;

import java.time.OffsetDateTime;

/** One changed field of an item, from the audit journal: who, when, old value and new value (as text). */
public record FieldChange(OffsetDateTime at, String actor, String field, String oldValue, String newValue) {
}
