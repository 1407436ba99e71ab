package org.tsag.tracker.exchange;

import org.tsag.tracker.status.StatusJournal;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.CanRead;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.item.Compendium;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemForm;
import org.tsag.tracker.status.ItemReport;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.ItemSort;
import org.tsag.tracker.item.NewItem;

/**
 * Export of the action plan to TSB's workbook or to CSV, and the import of the detailed sheet back:
 * preview first, then apply all or nothing. Exports go through the item grid's query, so they show
 * exactly what the grid shows for the same filter (internal items only to those who may see
 * them). Imports write through the item feature: field edits with the item's version, status
 * changes as new events of the status journal.
 */
@Service
public class ExchangeService {

    private static final int PAGE = 500;

    private final ExchangeRepository repository;
    private final ItemService items;
    private final StatusJournal journal;

    ExchangeService(ExchangeRepository repository, ItemService items, StatusJournal journal) {
        this.repository = repository;
        this.items = items;
        this.journal = journal;
    }

    // ---- export

    /**
     * Writes the workbook for the items that the grid shows for this filter, in this order: the
     * detailed sheet, the TSAG sheet and a summary sheet per resolution cited by those items. The
     * whole export reads one snapshot of the database.
     */
    @CanRead
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ExportSummary exportXlsx(ItemFilter filter, List<ItemSort> sort, OutputStream out, ExchangeProgress progress) {
        ExchangeProgress report = progress == null ? ExchangeProgress.NONE : progress;
        ReferenceData reference = repository.referenceData();
        try (ItemWorkbookWriter writer = new ItemWorkbookWriter(heading(filter), reference)) {
            List<StoredItem> all = new ArrayList<>();
            int count = pages(filter, sort, report, page -> {
                writer.add(page);
                all.addAll(page);
            });
            Set<String> resolutions = new TreeSet<>(ExchangeService::compareNumbers);
            all.forEach(i -> resolutions.addAll(i.resolutions()));
            List<Compendium> summaries = resolutions.stream()
                    .map(items::compendium)
                    .flatMap(Optional::stream)
                    .toList();
            int sheets = writer.finish(summaries, out);
            return new ExportSummary(count, sheets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detailed sheet alone as CSV, for the same items as {@link #exportXlsx}. */
    @CanRead
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ExportSummary exportCsv(ItemFilter filter, List<ItemSort> sort, OutputStream out, ExchangeProgress progress) {
        ExchangeProgress report = progress == null ? ExchangeProgress.NONE : progress;
        ReferenceData reference = repository.referenceData();
        try (ItemCsvWriter writer = new ItemCsvWriter(out, reference)) {
            return new ExportSummary(pages(filter, sort, report, writer::add), 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface PageSink {
        void accept(List<StoredItem> page) throws IOException;
    }

    private int pages(ItemFilter filter, List<ItemSort> sort, ExchangeProgress progress, PageSink sink) throws IOException {
        List<Long> ids = items.findIds(filter == null ? ItemFilter.NONE : filter, sort == null ? List.of() : sort);
        progress.update(0, ids.size());
        for (int start = 0; start < ids.size(); start += PAGE) {
            List<Long> page = ids.subList(start, Math.min(ids.size(), start + PAGE));
            sink.accept(repository.byIds(page));
            progress.update(start + page.size(), ids.size());
        }
        return ids.size();
    }

    private static String heading(ItemFilter filter) {
        ItemFilter f = filter == null ? ItemFilter.NONE : filter;
        List<String> parts = new ArrayList<>();
        if (!f.statuses().isEmpty()) {
            parts.add("status " + String.join(", ", new TreeSet<>(f.statuses())));
        }
        add(parts, "responsible, collaborating or reporting entity", f.entity());
        add(parts, "action plan", f.plan());
        add(parts, "resolution", f.resolution());
        add(parts, "study period", f.period());
        add(parts, "text", f.text());
        if (f.overdue()) {
            parts.add("overdue");
        }
        if (f.dueWithinDays() != null) {
            parts.add("due within " + f.dueWithinDays() + " days");
        }
        if (f.mine()) {
            parts.add("owned by " + CurrentUser.name().orElse(""));
        }
        return "Action items, exported " + LocalDate.now() + " by " + CurrentUser.actor()
                + (parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")")
                + ". Grey columns are for information and are not imported.";
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null) {
            parts.add(label + " " + value);
        }
    }

    /** Resolution numbers in numeric order where they are numbers ("2" before "10"). */
    private static int compareNumbers(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit);
        boolean nb = b.chars().allMatch(Character::isDigit);
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return na ? -1 : nb ? 1 : a.compareTo(b);
    }

    // ---- import

    /**
     * Reads an .xlsx, .xls or .csv file and compares it with the database. Nothing is written.
     * The preview lists every row as new, changed (old and new value per field) or unchanged, and
     * every error with its sheet, row and column.
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public SheetPreview preview(String fileName, byte[] content, ExchangeProgress progress) {
        ExchangeProgress report = progress == null ? ExchangeProgress.NONE : progress;
        String name = fileName == null ? "upload" : fileName;
        SheetReader.RawSheet sheet = SheetReader.read(name, content == null ? new byte[0] : content, report);
        List<RowError> errors = new ArrayList<>(sheet.errors());
        ReferenceData reference = repository.referenceData();
        List<ParsedRow> rows = RowParser.parse(sheet, reference, errors, report);
        Set<String> plans = rows.stream().map(ParsedRow::plan).filter(Objects::nonNull).collect(Collectors.toSet());
        List<StoredItem> stored = repository.byPlans(plans, CurrentUser.canSeeInternal());
        ImportPlanner.Outcome outcome = new ImportPlanner(sheet, reference, stored, CurrentUser.hasRole(Roles.CHAIR), errors)
                .plan(rows);
        errors.sort(java.util.Comparator.comparingInt(RowError::row));
        report.update(sheet.rows().size(), Math.max(1, sheet.rows().size()));
        return new SheetPreview(name, sheet.name(), outcome.rows(), errors, sheet.ignoredHeaders(), outcome.planned());
    }

    /**
     * Writes a preview in one transaction: new items, field edits (checked against the version the
     * preview saw) and status reports (appended to the status journal). If any item changed since
     * the preview, or an item with a new row's code appeared, nothing is written.
     *
     * @throws SheetRejectedException when the preview has errors
     * @throws ImportConflictException when the database changed since the preview
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public ImportResult apply(SheetPreview preview, ExchangeProgress progress) {
        return write(preview, progress == null ? ExchangeProgress.NONE : progress);
    }

    /**
     * Preview and apply in one go, for the command line and benchmarks.
     *
     * @throws SheetRejectedException when the file has errors; nothing is written
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public ImportResult importFile(String fileName, byte[] content) {
        SheetPreview preview = preview(fileName, content, ExchangeProgress.NONE);
        return write(preview, ExchangeProgress.NONE);
    }

    private ImportResult write(SheetPreview preview, ExchangeProgress progress) {
        if (!preview.errors().isEmpty()) {
            throw new SheetRejectedException(preview.errors());
        }
        List<SheetPreview.Planned> work = preview.planned().stream()
                .filter(p -> p.kind() != RowDiff.Kind.UNCHANGED)
                .toList();
        checkUnchangedSincePreview(work);
        progress.update(0, work.size());
        // new items one by one (each takes the next position in its plan); everything else is
        // collected and written in batches below, checked as strictly as one by one
        int created = 0;
        int updated = 0;
        List<ItemForm> forms = new ArrayList<>();
        List<ExchangeRepository.Relink> relinks = new ArrayList<>();
        List<ItemReport> reports = new ArrayList<>();
        for (SheetPreview.Planned planned : work) {
            ParsedRow row = planned.row();
            long itemId;
            if (planned.kind() == RowDiff.Kind.NEW) {
                itemId = items.createItem(newItem(row));
                if (++created % 50 == 0) {
                    progress.update(created, work.size());
                }
            } else {
                StoredItem before = planned.before();
                itemId = before.id();
                if (planned.fields()) {
                    forms.add(form(row, before));
                }
                if (planned.links()) {
                    relinks.add(relink(row, before));
                }
                if (planned.fields() || planned.links()) {
                    updated++;
                }
            }
            if (planned.report() != null) {
                reports.add(new ItemReport(itemId, planned.report()));
            }
        }
        progress.update(created, work.size());
        // per item the same order as before: fields (checked against the version), links, status
        items.updateAll(forms);
        repository.relink(relinks);
        journal.reportAll(reports);
        progress.update(work.size(), work.size());
        return new ImportResult(created, updated, reports.size(), (int) preview.count(RowDiff.Kind.UNCHANGED));
    }

    /** Locks the items to be changed and compares them with what the preview saw. */
    private void checkUnchangedSincePreview(List<SheetPreview.Planned> work) {
        List<String> conflicts = new ArrayList<>();
        List<SheetPreview.Planned> changes = work.stream().filter(p -> p.before() != null).toList();
        Map<Long, ExchangeRepository.LockState> locked = repository.lock(changes.stream().map(p -> p.before().id()).toList());
        for (SheetPreview.Planned p : changes) {
            ExchangeRepository.LockState now = locked.get(p.before().id());
            if (now == null || now.version() != p.before().version() || !Objects.equals(now.lastEvent(), p.before().lastEvent())) {
                conflicts.add(p.row().key() + " (row " + p.row().row() + ")");
            }
        }
        List<SheetPreview.Planned> created = work.stream().filter(p -> p.before() == null).toList();
        Set<String> existing = repository.existingKeys(created.stream()
                .map(p -> ExchangeRepository.key(p.row().plan(), p.row().code()))
                .toList());
        created.stream()
                .filter(p -> existing.contains(p.row().key()))
                .forEach(p -> conflicts.add(p.row().key() + " (row " + p.row().row() + ")"));
        if (!conflicts.isEmpty()) {
            throw new ImportConflictException(conflicts);
        }
    }

    private static NewItem newItem(ParsedRow row) {
        return new NewItem(row.plan(), row.code(), row.parent(), row.title(), row.description(),
                row.responsible(), row.collaborating(), row.reportsTo(), List.of(), row.owner(), row.startDate(),
                row.dueDate(), row.targetMeeting(), row.priority() == null ? "MEDIUM" : row.priority(), row.period(),
                row.weight() == null ? 1 : row.weight(), Boolean.TRUE.equals(row.internal()), false);
    }

    /** The item's fields as the file has them, the database's where the file has no such column. */
    private static ItemForm form(ParsedRow row, StoredItem before) {
        ItemForm form = new ItemForm();
        form.setId(before.id());
        form.setVersion(before.version());
        form.setTitle(row.has(Column.TITLE) ? row.title() : before.title());
        form.setDescription(row.has(Column.DESCRIPTION) ? row.description() : before.description());
        form.setOwner(row.has(Column.OWNER) ? row.owner() : before.owner());
        form.setStartDate(row.has(Column.START_DATE) ? row.startDate() : before.startDate());
        form.setDueDate(row.has(Column.DUE_DATE) ? row.dueDate() : before.dueDate());
        form.setPriority(row.has(Column.PRIORITY) ? row.priority() : before.priority());
        form.setWeight(row.has(Column.WEIGHT) ? row.weight() : before.weight());
        return form;
    }

    private static ExchangeRepository.Relink relink(ParsedRow row, StoredItem before) {
        Map<String, Set<String>> remove = new LinkedHashMap<>();
        Map<String, Set<String>> add = new LinkedHashMap<>();
        relink(remove, add, "RESPONSIBLE", row.has(Column.RESPONSIBLE), row.responsible(), before.responsible());
        relink(remove, add, "COLLABORATING", row.has(Column.COLLABORATING), row.collaborating(), before.collaborating());
        relink(remove, add, "REPORTS_TO", row.has(Column.REPORTS_TO), row.reportsTo(), before.reportsTo());
        boolean meeting = row.has(Column.TARGET_MEETING) && !Objects.equals(row.targetMeeting(), before.targetMeeting());
        return new ExchangeRepository.Relink(before.id(), remove, add, meeting, row.targetMeeting());
    }

    private static void relink(Map<String, Set<String>> removals, Map<String, Set<String>> additions, String role,
            boolean given, List<String> wanted, List<String> current) {
        if (!given) {
            return;
        }
        Set<String> remove = new LinkedHashSet<>(current);
        wanted.forEach(remove::remove);
        Set<String> add = new LinkedHashSet<>(wanted);
        current.forEach(add::remove);
        removals.put(role, remove);
        additions.put(role, add);
    }
}
