package org.tsag.tracker.exchange.ui;

/** Media types of the files the exchange views take and give. */
final class SheetTypes {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLS = "application/vnd.ms-excel";
    static final String CSV = "text/csv; charset=UTF-8";

    private SheetTypes() {
    }
}
