package org.tsag.tracker.item;

/** A named view of the item grid: the query string of {@code /items}, e.g. {@code status=COMPLETED&entity=TSB}. */
public record SavedFilter(long id, String name, String query) {
}
