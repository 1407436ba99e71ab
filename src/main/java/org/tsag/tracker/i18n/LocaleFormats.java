package org.tsag.tracker.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates, times and numbers as a reader of one language writes them: "2 déc. 2026" in French, "2026年12月2日"
 * in Chinese, "02/12/2026" in Arabic. Digits stay Latin in Arabic (as in ITU's Arabic documents), so that item
 * codes, TD numbers and dates use the same digits. Times are shown in UTC, as the tracker's journals are.
 */
public final class LocaleFormats {

    private static final Map<Locale, LocaleFormats> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter dateTime;

    private LocaleFormats(Locale language) {
        // ITU writes British English: "2 Dec 2026", not "Dec 2, 2026"
        this.locale = "en".equals(language.getLanguage()) && language.getCountry().isEmpty() ? Locale.UK : language;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(this.locale).withZone(ZoneOffset.UTC);
    }

    /** The formats of a locale; English when it is null. */
    public static LocaleFormats of(Locale locale) {
        return CACHE.computeIfAbsent(locale == null ? Languages.ENGLISH : locale, LocaleFormats::new);
    }

    public Locale locale() {
        return locale;
    }

    /** A day, e.g. "2 Dec 2026"; empty for null. */
    public String date(LocalDate day) {
        return day == null ? "" : isolate(date.format(day));
    }

    /** A day written out, e.g. "2 December 2026" (e-mails, reports); empty for null. */
    public String longDate(LocalDate day) {
        return day == null ? "" : isolate(longDate.format(day));
    }

    /**
     * Right to left, a date is a bidi isolate (U+2068 ... U+2069, invisible): inside an Arabic sentence after a
     * meeting code ("TSAG-2027-02، 01/02/2027") its digits would otherwise join the code's left-to-right run.
     */
    private String isolate(String text) {
        return Languages.rightToLeft(locale) ? "\u2068" + text + "\u2069" : text;
    }

    /** A moment in UTC, e.g. "2 Dec 2026, 18:05"; empty for null. */
    public String dateTime(TemporalAccessor moment) {
        if (moment == null) {
            return "";
        }
        if (moment instanceof OffsetDateTime odt) {
            return isolate(dateTime.format(odt.toInstant()));
        }
        if (moment instanceof Instant instant) {
            return isolate(dateTime.format(instant));
        }
        return isolate(dateTime.format(moment));
    }

    /**
     * A "since" or "until" label as the reader writes it: a day (ISO, as in URLs) formatted as {@link #date}, anything
     * else (a meeting code such as TSAG-2026-09) unchanged. An ISO day after Arabic text would otherwise be shown
     * reversed (30-01-2026): the Unicode bidi algorithm turns its digits into Arabic numbers, which the hyphens
     * do not join.
     */
    public String label(String dayOrCode) {
        if (dayOrCode == null) {
            return "";
        }
        try {
            return date(LocalDate.parse(dayOrCode));
        } catch (java.time.format.DateTimeParseException notADay) {
            return dayOrCode;
        }
    }

    /** A whole number with the locale's grouping, e.g. "12 345" in French. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A percentage of progress, e.g. "40 %" in French, "40%" in English. */
    public String percent(int value) {
        return NumberFormat.getPercentInstance(locale).format(value / 100.0);
    }
}
