package org.tsag.tracker.exchange;

/** What an applied import wrote: items created, items whose fields changed, status events recorded. */
public record ImportResult(int created, int updated, int events, int unchanged) {
}
