package org.tsag.tracker.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.tsag.tracker.i18n.LocaleFormats;

/**
 * The fixed wording of the report documents, from {@code report/wording.properties} (English, as
 * TSB files its TDs) and, for a reader of another of ITU's languages, its headings, labels and column
 * names from {@code report/wording_xx.properties} (issue 15); what a language file lacks stays English.
 * Every value is a {@link MessageFormat} pattern, so a literal apostrophe is written as the typographic
 * ’ there.
 */
final class Wording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;
    /** The UI's translations of the reader's language, for the status names; null in English. */
    private final ResourceBundle screen;

    /** English. */
    Wording() {
        this(Locale.ROOT);
    }

    /** The reader's language (English for null or a language ITU does not use). */
    Wording(Locale reader) {
        this.locale = reader == null ? Locale.ROOT : Locale.forLanguageTag(reader.getLanguage());
        this.bundle = ResourceBundle.getBundle("report.wording", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.screen = english() ? null : ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The document's language as its html lang: en, fr, es, ru, zh or ar. */
    String languageTag() {
        return english() ? "en" : locale.getLanguage();
    }

    /**
     * A status by its code, as the reader's screens name it (the UI's {@code status.*} translations, as the
     * dashboard does); in English, or for a status the translations lack, {@code name} (the database's).
     */
    String status(String code, String name) {
        if (screen != null && code != null) {
            try {
                return screen.getString("status." + code);
            } catch (MissingResourceException untranslated) {
                return name;
            }
        }
        return name;
    }

    /** A status of the report, in the reader's language. */
    String status(Report report, String code) {
        return status(code, report.statusName(code));
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), english() ? Locale.ENGLISH : locale).format(arguments);
    }

    String date(LocalDate day) {
        if (day == null) {
            return "";
        }
        // without the bidi isolate marks of the screen: the PDF fonts have no glyph for them
        return english() ? DAY.format(day) : LocaleFormats.of(locale).longDate(day).replaceAll("[\u2068\u2069]", "");
    }

    /** Whether the document reads right to left (Arabic): paragraphs, tables and charts are mirrored. */
    boolean rightToLeft() {
        return org.tsag.tracker.i18n.Languages.rightToLeft(locale);
    }

    /** "→" between steps, such as study periods; "←" in Arabic, which reads from the right. */
    String arrow() {
        return rightToLeft() ? "\u2190" : "\u2192";
    }

    private boolean english() {
        return locale.getLanguage().isEmpty() || "en".equals(locale.getLanguage());
    }

    /**
     * "60 %" in English (as TSB writes it), the locale's percentage elsewhere ("60 %", "60%"), without the
     * bidi marks of Arabic's pattern: the PDF fonts have no glyph for them.
     */
    String percent(Integer progress) {
        if (progress == null) {
            return "";
        }
        return english() ? progress + "\u00a0%"
                : LocaleFormats.of(locale).percent(progress).replaceAll("[\u200e\u200f\u061c\u2068\u2069]", "");
    }

    /** "Part of X · Internal · Sample" for an item, joined with middle dots; empty when none applies. */
    String flags(String parentCode, boolean internal, boolean sample) {
        List<String> flags = new ArrayList<>();
        if (parentCode != null) {
            flags.add(get("item.parent", parentCode));
        }
        if (internal) {
            flags.add(get("item.internal"));
        }
        if (sample) {
            flags.add(get("item.sample"));
        }
        return String.join(" \u00b7 ", flags);
    }

    /** "TSB, BDT" or the dash that means none. */
    String list(List<String> values) {
        return values == null || values.isEmpty() ? "\u2014" : String.join(", ", values);
    }

    /** "Resolution 68 (Rev. New Delhi, 2024)". */
    String resolution(Report.ResolutionPart part) {
        return part.place() == null ? get("resolution.name", part.number())
                : get("resolution.name.revision", part.number(), part.place(), String.valueOf(part.year()));
    }

    String revision(Report.ResolutionPart part) {
        return part.place() == null ? "" : get("resolution.revision", part.place(), String.valueOf(part.year()));
    }

    /** "Status: In progress (60 %)" as one line for tables. */
    String statusLine(Report report, Report.ItemEntry item) {
        String status = status(report, item.status());
        return item.progress() == null ? status : status + " (" + percent(item.progress()) + ")";
    }

    String rag(String rag) {
        return rag == null ? "" : get("rag." + rag);
    }

    /** What changed since the comparison meeting, in words; empty when nothing did. */
    String change(Report report, Report.ItemEntry item) {
        Report.Change c = item.change();
        if (c == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        if (c.added()) {
            append(out, get("change.added"));
        }
        if (c.statusChanged() && c.statusBefore() != null) {
            append(out, get("change.status", status(report, c.statusBefore()), status(report, c.statusAfter())));
        } else if (c.statusChanged()) {
            append(out, get("change.status.new", status(report, c.statusAfter())));
        }
        if (c.progressChanged()) {
            append(out, get("change.progress", percent(c.progressBefore() == null ? Integer.valueOf(0) : c.progressBefore()),
                    percent(c.progressAfter())));
        }
        if (c.closed()) {
            append(out, get("change.closed"));
        }
        if (c.becameOverdue()) {
            append(out, get("change.overdue"));
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String text) {
        if (!out.isEmpty()) {
            out.append("; ");
        }
        out.append(text);
    }

    /** "Evidence: TD: TSAG TD 97; Communiqué: ..." */
    String evidence(List<org.tsag.tracker.status.Evidence> evidence) {
        return String.join("; ", evidence.stream()
                .map(e -> get("evidence." + e.kind()) + ": " + e.reference())
                .toList());
    }

    /** The period as printed: the code, or "all study periods". */
    String period(String period) {
        return period == null ? get("period.all") : period;
    }

    /** The abstract, filled in from the figures of this report. */
    String abstractText(Report report) {
        Report.Cover c = report.cover();
        // Chinese puts no space between sentences
        String gap = "zh".equals(languageTag()) ? "" : " ";
        StringBuilder out = new StringBuilder(get("abstract.scope", report.resolutions().size(), c.items(),
                period(c.period()), date(c.asOf())));
        if (c.since() != null) {
            out.append(gap).append(get("abstract.since", c.sinceTitle() == null ? c.since() : c.sinceTitle(),
                    date(c.sinceDate()), c.added(), c.closed(), c.statusChanged(), c.becameOverdue()));
        }
        out.append(gap).append(get("abstract.overdue", c.overdue()));
        out.append(gap).append(get("abstract.tsag", report.tsagItems().size()));
        out.append(gap).append(get(c.internalIncluded() ? "abstract.internal" : "abstract.public"));
        return out.toString();
    }

}
