package org.tsag.tracker.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.tsag.tracker.status.CurrentStatus;
import org.tsag.tracker.status.StatusReport;

/**
 * Compares typed rows with the items in the database: what is new, what changed field by field,
 * and whether each change is allowed (read-only columns, the status workflow, a sheet exported
 * before someone else's change).
 */
final class ImportPlanner {

    private static final Set<Column> OWN_FIELDS = Set.of(Column.TITLE, Column.DESCRIPTION, Column.OWNER,
            Column.START_DATE, Column.DUE_DATE, Column.PRIORITY, Column.WEIGHT);
    private static final Set<Column> LINKS = Set.of(Column.RESPONSIBLE, Column.COLLABORATING, Column.REPORTS_TO,
            Column.TARGET_MEETING);
    private static final Set<Column> REPORT = Set.of(Column.STATUS, Column.PROGRESS, Column.RAG, Column.NARRATIVE);

    private final SheetReader.RawSheet sheet;
    private final ReferenceData reference;
    private final boolean chair;
    private final List<RowError> errors;
    private final Map<String, StoredItem> stored = new HashMap<>();

    ImportPlanner(SheetReader.RawSheet sheet, ReferenceData reference, List<StoredItem> items, boolean chair,
            List<RowError> errors) {
        this.sheet = sheet;
        this.reference = reference;
        this.chair = chair;
        this.errors = errors;
        items.forEach(i -> stored.put(i.plan() + "/" + i.code(), i));
    }

    record Outcome(List<RowDiff> rows, List<SheetPreview.Planned> planned) {
    }

    Outcome plan(List<ParsedRow> rows) {
        List<RowDiff> diffs = new ArrayList<>();
        List<SheetPreview.Planned> planned = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> created = new HashSet<>();
        for (ParsedRow row : rows) {
            Integer first = seen.putIfAbsent(row.key(), row.row());
            if (first != null) {
                error(row, Column.CODE, "exchange.error.duplicate", row.key(), String.valueOf(first));
                continue;
            }
            StoredItem before = stored.get(row.key());
            SheetPreview.Planned plan = before == null ? planNew(row, created) : planChange(row, before);
            if (plan != null) {
                planned.add(plan);
                diffs.add(new RowDiff(row.sheet(), row.row(), row.plan(), row.code(), plan.kind(), changes(row, before)));
            }
        }
        return new Outcome(diffs, planned);
    }

    // ---- new items

    private SheetPreview.Planned planNew(ParsedRow row, Set<String> created) {
        int before = errors.size();
        if (row.title() == null) {
            error(row, Column.TITLE, "exchange.error.required", Column.TITLE.header());
        }
        if (row.period() == null) {
            error(row, Column.PERIOD, "exchange.error.required", Column.PERIOD.header());
        }
        if (row.parent() != null && !stored.containsKey(row.plan() + "/" + row.parent())
                && !created.contains(row.plan() + "/" + row.parent())) {
            error(row, Column.PARENT, "exchange.error.parent", row.parent(), row.plan());
        }
        checkDates(row, row.startDate(), row.dueDate());
        StatusReport report = null;
        if (row.status() != null) {
            report = checkedReport(row, CurrentStatus.NOT_STARTED, row.status(), row.progress(), row.rag(), row.narrative());
        } else if (row.progress() != null || row.rag() != null || row.narrative() != null) {
            error(row, Column.STATUS, "exchange.error.nostatus");
        }
        created.add(row.key());
        return errors.size() > before ? null
                : new SheetPreview.Planned(row, null, RowDiff.Kind.NEW, true, true, report);
    }

    // ---- existing items

    private SheetPreview.Planned planChange(ParsedRow row, StoredItem item) {
        int before = errors.size();
        if (row.has(Column.PARENT) && !Objects.equals(row.parent(), item.parent())) {
            readOnly(row, Column.PARENT, item.parent());
        }
        if (row.period() != null && !row.period().equals(item.period())) {
            readOnly(row, Column.PERIOD, item.period());
        }
        if (row.internal() != null && row.internal() != item.internal()) {
            readOnly(row, Column.INTERNAL, yesNo(item.internal()));
        }
        if (row.has(Column.TITLE) && row.title() == null) {
            error(row, Column.TITLE, "exchange.error.required", Column.TITLE.header());
        }
        if (row.has(Column.PRIORITY) && row.priority() == null) {
            error(row, Column.PRIORITY, "exchange.error.required", Column.PRIORITY.header());
        }
        if (row.has(Column.WEIGHT) && row.weight() == null) {
            error(row, Column.WEIGHT, "exchange.error.required", Column.WEIGHT.header());
        }
        if (row.has(Column.STATUS) && row.status() == null && item.status() != null) {
            error(row, Column.STATUS, "exchange.error.status.removed", reference.statusName(item.status()));
        }
        if (errors.size() > before) {
            return null;
        }
        Set<Column> changed = changedColumns(row, item);
        boolean fields = changed.stream().anyMatch(OWN_FIELDS::contains);
        boolean links = changed.stream().anyMatch(LINKS::contains);
        boolean reported = changed.stream().anyMatch(REPORT::contains);
        if ((fields || links) && row.version() != null && row.version() != item.version()) {
            error(row, Column.VERSION, "exchange.error.stale", row.key(), String.valueOf(row.version()),
                    String.valueOf(item.version()));
        }
        if (reported && row.has(Column.LAST_EVENT) && !Objects.equals(row.lastEvent(), item.lastEvent())) {
            error(row, Column.LAST_EVENT, "exchange.error.stale.event", row.key());
        }
        checkDates(row, row.has(Column.START_DATE) ? row.startDate() : item.startDate(),
                row.has(Column.DUE_DATE) ? row.dueDate() : item.dueDate());
        StatusReport report = null;
        if (reported) {
            String status = row.status() != null ? row.status() : item.status();
            if (status == null) {
                error(row, Column.STATUS, "exchange.error.nostatus");
            } else {
                boolean statusChanged = changed.contains(Column.STATUS);
                Integer progress;
                if (changed.contains(Column.PROGRESS)) {
                    progress = row.progress();
                } else if (statusChanged && implied(status) != null) {
                    progress = null;
                } else {
                    progress = item.progress();
                }
                String rag = row.has(Column.RAG) ? row.rag() : item.rag();
                String narrative = changed.contains(Column.NARRATIVE) ? row.narrative() : null;
                report = checkedReport(row, CurrentStatus.orNotStarted(item.status()), status, progress, rag,
                        narrative);
            }
        }
        if (errors.size() > before) {
            return null;
        }
        RowDiff.Kind kind = changed.isEmpty() ? RowDiff.Kind.UNCHANGED : RowDiff.Kind.CHANGED;
        return new SheetPreview.Planned(row, item, kind, fields, links, report);
    }

    private void readOnly(ParsedRow row, Column column, String current) {
        error(row, column, "exchange.error.readonly", column.header(), current == null ? "" : current);
    }

    private Integer implied(String status) {
        return reference.statuses().stream()
                .filter(s -> s.code().equals(status))
                .map(ReferenceData.StatusInfo::impliedProgress)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private StatusReport checkedReport(ParsedRow row, String from, String to, Integer progress, String rag,
            String narrative) {
        ReferenceData.Transition transition = reference.transitions().get(ReferenceData.transitionKey(from, to));
        if (transition == null) {
            error(row, Column.STATUS, "exchange.error.transition", reference.statusName(from), reference.statusName(to));
            return null;
        }
        if (transition.requiresReason() && (narrative == null || narrative.isBlank())) {
            error(row, Column.STATUS, "exchange.error.reason");
        }
        if (transition.chairOnly() && !chair) {
            error(row, Column.STATUS, "exchange.error.chair");
        }
        return new StatusReport(to, progress, rag, narrative, null, null, List.of(), null);
    }

    private void checkDates(ParsedRow row, LocalDate start, LocalDate due) {
        if (start != null && due != null && due.isBefore(start)) {
            error(row, Column.DUE_DATE, "exchange.error.dates");
        }
    }

    // ---- comparing values

    /** The columns whose value in the file differs from the database. */
    private static Set<Column> changedColumns(ParsedRow row, StoredItem item) {
        Set<Column> changed = new java.util.LinkedHashSet<>();
        for (Column column : Column.values()) {
            if ((column.use() == Column.Use.EDIT) && row.has(column) && !same(column, fileValue(row, column), storedValue(item, column))) {
                changed.add(column);
            }
        }
        return changed;
    }

    private static boolean same(Column column, Object file, Object stored) {
        if (file instanceof List<?> a && stored instanceof List<?> b) {
            return new HashSet<>(a).equals(new HashSet<>(b));
        }
        if (file instanceof String || stored instanceof String) {
            return Objects.equals(normal((String) file), normal((String) stored));
        }
        return Objects.equals(file, stored);
    }

    /** Blank is no value; line endings and surrounding blanks do not count. */
    static String normal(String text) {
        if (text == null) {
            return null;
        }
        String value = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return value.isEmpty() ? null : value;
    }

    static Object fileValue(ParsedRow row, Column column) {
        return switch (column) {
            case PLAN -> row.plan();
            case CODE -> row.code();
            case PARENT -> row.parent();
            case TITLE -> row.title();
            case DESCRIPTION -> row.description();
            case RESPONSIBLE -> row.responsible();
            case COLLABORATING -> row.collaborating();
            case REPORTS_TO -> row.reportsTo();
            case OWNER -> row.owner();
            case START_DATE -> row.startDate();
            case DUE_DATE -> row.dueDate();
            case TARGET_MEETING -> row.targetMeeting();
            case PRIORITY -> row.priority();
            case PERIOD -> row.period();
            case WEIGHT -> row.weight();
            case INTERNAL -> row.internal();
            case STATUS -> row.status();
            case PROGRESS -> row.progress();
            case RAG -> row.rag();
            case NARRATIVE -> row.narrative();
            case VERSION -> row.version();
            case LAST_EVENT -> row.lastEvent();
            case CLAUSES, CLAUSE_TEXT, LAST_REPORT -> null;
        };
    }

    static Object storedValue(StoredItem item, Column column) {
        return switch (column) {
            case PLAN -> item.plan();
            case CODE -> item.code();
            case PARENT -> item.parent();
            case TITLE -> item.title();
            case DESCRIPTION -> item.description();
            case CLAUSES -> item.clauses();
            case CLAUSE_TEXT -> item.clauseText();
            case RESPONSIBLE -> item.responsible();
            case COLLABORATING -> item.collaborating();
            case REPORTS_TO -> item.reportsTo();
            case OWNER -> item.owner();
            case START_DATE -> item.startDate();
            case DUE_DATE -> item.dueDate();
            case TARGET_MEETING -> item.targetMeeting();
            case PRIORITY -> item.priority();
            case PERIOD -> item.period();
            case WEIGHT -> item.weight();
            case INTERNAL -> item.internal();
            case STATUS -> item.status();
            case PROGRESS -> item.progress();
            case RAG -> item.rag();
            case NARRATIVE -> item.narrative();
            case LAST_REPORT -> item.lastReport();
            case VERSION -> item.version();
            case LAST_EVENT -> item.lastEvent();
        };
    }

    private List<FieldDiff> changes(ParsedRow row, StoredItem item) {
        List<FieldDiff> changes = new ArrayList<>();
        for (Column column : Column.values()) {
            if (!row.has(column)) {
                continue;
            }
            if (item == null) {
                boolean shown = column.use() == Column.Use.EDIT || column.use() == Column.Use.NEW_ONLY;
                String value = display(column, fileValue(row, column));
                if (shown && !value.isEmpty()) {
                    changes.add(new FieldDiff(column, "", value));
                }
            } else if (column.use() == Column.Use.EDIT
                    && !same(column, fileValue(row, column), storedValue(item, column))) {
                changes.add(new FieldDiff(column, display(column, storedValue(item, column)),
                        display(column, fileValue(row, column))));
            }
        }
        return changes;
    }

    /** A value as the sheet shows it. */
    String display(Column column, Object value) {
        if (value == null) {
            return "";
        }
        if (column == Column.STATUS) {
            return reference.statusName((String) value);
        }
        return switch (value) {
            case List<?> list -> String.join(", ", list.stream().map(String::valueOf).toList());
            case Boolean b -> yesNo(b);
            default -> String.valueOf(value);
        };
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private void error(ParsedRow row, Column column, String key, String... arguments) {
        errors.add(new RowError(row.sheet(), row.row(), column.header(), sheet.letter(column), key, List.of(arguments)));
    }
}
