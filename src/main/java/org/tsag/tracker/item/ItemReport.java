package org.tsag.tracker.item;

/** A status report for one item, one of many written together by {@link ItemService#reportAll}. */
public record ItemReport(long itemId, StatusReport report) {
}
