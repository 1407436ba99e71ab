package org.tsag.tracker.status;

/** A status report for one item, one of many written together by {@link StatusJournal#reportAll}. */
public record ItemReport(long itemId, StatusReport report) {
}
