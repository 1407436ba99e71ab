package org.tsag.tracker.exchange;

/** What an export wrote: the number of items and the number of sheets (1 for CSV). */
public record ExportSummary(int items, int sheets) {
}
