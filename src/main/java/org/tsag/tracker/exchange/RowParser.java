package org.tsag.tracker.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Turns the cell texts of a sheet into typed rows, with an error per cell that cannot be read. */
final class RowParser {

    private static final int MAX_CODE = 40;
    private static final int MAX_TITLE = 500;
    private static final int MAX_OWNER = 200;
    /**
     * Long texts (description, narrative): far above any real one, and below what PostgreSQL's
     * full-text index of them takes (a tsvector holds at most 1 MB), so that a pasted book is a row
     * error here and not a database error on apply (issue 19, item 6).
     */
    static final int MAX_LONG_TEXT = 100_000;
    /** Dates outside these years are typing or conversion errors (Excel's day 0 is in 1900, year 0 does not exist in PostgreSQL). */
    static final LocalDate FIRST_DATE = LocalDate.of(1990, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);
    private static final List<String> PRIORITIES = List.of("HIGH", "MEDIUM", "LOW");
    private static final List<String> RAGS = List.of("RED", "AMBER", "GREEN");

    private final SheetReader.RawSheet sheet;
    private final ReferenceData reference;
    private final List<RowError> errors;

    private RowParser(SheetReader.RawSheet sheet, ReferenceData reference, List<RowError> errors) {
        this.sheet = sheet;
        this.reference = reference;
        this.errors = errors;
    }

    /** The rows that could be read; every problem is added to {@code errors}. */
    static List<ParsedRow> parse(SheetReader.RawSheet sheet, ReferenceData reference, List<RowError> errors,
            ExchangeProgress progress) {
        RowParser parser = new RowParser(sheet, reference, errors);
        List<ParsedRow> rows = new ArrayList<>(sheet.rows().size());
        int n = 0;
        for (SheetReader.RawRow raw : sheet.rows()) {
            ParsedRow row = parser.row(raw);
            if (row != null) {
                rows.add(row);
            }
            if (++n % 250 == 0) {
                progress.update(n, sheet.rows().size());
            }
        }
        return rows;
    }

    private ParsedRow row(SheetReader.RawRow raw) {
        int before = errors.size();
        Set<Column> given = EnumSet.noneOf(Column.class);
        given.addAll(sheet.columns().keySet());
        String plan = plan(raw);
        String code = text(raw, Column.CODE, MAX_CODE);
        if (code == null) {
            error(raw, Column.CODE, "exchange.error.required", Column.CODE.header());
        }
        ParsedRow row = new ParsedRow(sheet.name(), raw.number(), given, plan, code,
                text(raw, Column.PARENT, MAX_CODE),
                text(raw, Column.TITLE, MAX_TITLE),
                text(raw, Column.DESCRIPTION, MAX_LONG_TEXT),
                entities(raw, Column.RESPONSIBLE),
                entities(raw, Column.COLLABORATING),
                entities(raw, Column.REPORTS_TO),
                text(raw, Column.OWNER, MAX_OWNER),
                date(raw, Column.START_DATE),
                date(raw, Column.DUE_DATE),
                meeting(raw),
                priority(raw),
                period(raw),
                number(raw, Column.WEIGHT, 0, 1000),
                yesNo(raw, Column.INTERNAL),
                status(raw),
                number(raw, Column.PROGRESS, 0, 100),
                rag(raw),
                text(raw, Column.NARRATIVE, MAX_LONG_TEXT),
                number(raw, Column.VERSION, 0, Integer.MAX_VALUE),
                lastEvent(raw));
        return errors.size() > before || plan == null || code == null ? null : row;
    }

    private String cell(SheetReader.RawRow raw, Column column) {
        String value = sheet.cell(raw, column).strip();
        if (value.indexOf('\u0000') >= 0) {
            // PostgreSQL text cannot hold NUL: a row error here instead of a database error on apply
            error(raw, column, "exchange.error.nul");
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    private void error(SheetReader.RawRow raw, Column column, String key, String... arguments) {
        errors.add(new RowError(sheet.name(), raw.number(), column.header(), sheet.letter(column), key, List.of(arguments)));
    }

    /** Text with line endings as the database keeps them. */
    private String text(SheetReader.RawRow raw, Column column, int max) {
        String value = cell(raw, column);
        if (value == null) {
            return null;
        }
        value = value.replace("\r\n", "\n").replace('\r', '\n');
        if (value.length() > max) {
            error(raw, column, "exchange.error.toolong", String.valueOf(max));
            return null;
        }
        return value;
    }

    private String plan(SheetReader.RawRow raw) {
        String value = cell(raw, Column.PLAN);
        if (value == null) {
            error(raw, Column.PLAN, "exchange.error.required", Column.PLAN.header());
            return null;
        }
        return known(raw, Column.PLAN, reference::plan, "exchange.error.plan");
    }

    private List<String> entities(SheetReader.RawRow raw, Column column) {
        String value = cell(raw, column);
        if (value == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String part : value.split("[,;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            var entity = reference.entity(part);
            if (entity.isEmpty()) {
                error(raw, column, "exchange.error.entity", part.strip());
            } else if (!codes.contains(entity.get())) {
                codes.add(entity.get());
            }
        }
        return List.copyOf(codes);
    }

    private LocalDate date(SheetReader.RawRow raw, Column column) {
        String value = cell(raw, column);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(raw, column, "exchange.error.date", value);
            return null;
        }
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            error(raw, column, "exchange.error.daterange", value, FIRST_DATE.toString(), LAST_DATE.toString());
            return null;
        }
        return date;
    }

    private Integer number(SheetReader.RawRow raw, Column column, int min, int max) {
        String value = cell(raw, column);
        if (value == null) {
            return null;
        }
        String digits = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
        try {
            java.math.BigDecimal number = new java.math.BigDecimal(digits);
            int whole = number.intValueExact();
            if (whole < min || whole > max) {
                throw new ArithmeticException();
            }
            return whole;
        } catch (NumberFormatException | ArithmeticException e) {
            error(raw, column, "exchange.error.number", value, String.valueOf(min), String.valueOf(max));
            return null;
        }
    }

    private Long lastEvent(SheetReader.RawRow raw) {
        String value = cell(raw, Column.LAST_EVENT);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            error(raw, Column.LAST_EVENT, "exchange.error.number", value, "1", String.valueOf(Long.MAX_VALUE));
            return null;
        }
    }

    private Boolean yesNo(SheetReader.RawRow raw, Column column) {
        String value = cell(raw, column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "x" -> true;
            case "no", "n", "false", "0" -> false;
            default -> {
                error(raw, column, "exchange.error.yesno", value);
                yield null;
            }
        };
    }

    private String meeting(SheetReader.RawRow raw) {
        return known(raw, Column.TARGET_MEETING, reference::meeting, "exchange.error.meeting");
    }

    private String period(SheetReader.RawRow raw) {
        return known(raw, Column.PERIOD, reference::period, "exchange.error.period");
    }

    private String priority(SheetReader.RawRow raw) {
        return known(raw, Column.PRIORITY, value -> Optional.of(value.toUpperCase(Locale.ROOT)).filter(PRIORITIES::contains),
                "exchange.error.priority");
    }

    private String rag(SheetReader.RawRow raw) {
        return known(raw, Column.RAG, value -> Optional.of(ragCode(value.toUpperCase(Locale.ROOT))).filter(RAGS::contains),
                "exchange.error.rag");
    }

    /** R, A and G stand for their colours. */
    private static String ragCode(String upper) {
        return switch (upper) {
            case "R" -> "RED";
            case "A" -> "AMBER";
            case "G" -> "GREEN";
            default -> upper;
        };
    }

    private String status(SheetReader.RawRow raw) {
        ReferenceData.StatusInfo status = known(raw, Column.STATUS, reference::status, "exchange.error.status");
        return status == null ? null : status.code();
    }

    /**
     * The value that the cell's text stands for; null for an empty cell, and null with the error
     * {@code errorKey} for a text that stands for nothing known.
     */
    private <T> T known(SheetReader.RawRow raw, Column column, Function<String, Optional<T>> lookup, String errorKey) {
        String value = cell(raw, column);
        if (value == null) {
            return null;
        }
        Optional<T> found = lookup.apply(value);
        if (found.isEmpty()) {
            error(raw, column, errorKey, value);
            return null;
        }
        return found.get();
    }
}
