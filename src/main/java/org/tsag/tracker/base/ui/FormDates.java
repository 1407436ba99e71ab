package org.tsag.tracker.base.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * One date format in forms and in text: the ISO form (2026-03-14) that the tables, reports and
 * exports show, instead of the date picker's own format for the browser's locale (03/14/2026 in
 * US English), so that a form never reads one way and the page around it another.
 */
public final class FormDates {

    public static final String PATTERN = "yyyy-MM-dd";

    private FormDates() {
    }

    /** The picker shows and parses dates as the rest of the app writes them. */
    public static DatePicker apply(DatePicker picker) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat(PATTERN);
        picker.setI18n(i18n);
        picker.setPlaceholder(PATTERN.toUpperCase(java.util.Locale.ROOT));
        return picker;
    }

    /** The date as the pickers show it; empty for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
