package org.tsag.tracker.exchange.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.tsag.tracker.base.ui.BoundedUpload;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.ui.Controls;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.exchange.ExchangeService;
import org.tsag.tracker.exchange.FieldDiff;
import org.tsag.tracker.exchange.ImportConflictException;
import org.tsag.tracker.exchange.ImportResult;
import org.tsag.tracker.exchange.RowDiff;
import org.tsag.tracker.exchange.RowError;
import org.tsag.tracker.exchange.SheetPreview;
import org.tsag.tracker.exchange.SheetRejectedException;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemRejectedException;
import org.tsag.tracker.status.StatusTransitionException;

/**
 * The action plan as spreadsheets: export everything, or upload an edited detailed sheet (.xlsx,
 * .xls or .csv), see per row what would be new or changed (old → new per field) and every error
 * with its sheet, row and column, then apply it all at once. Reading, comparing and applying run in
 * the background with a progress bar.
 */
@Route("exchange")
@RolesAllowed({Roles.TSB, Roles.CHAIR, Roles.ADMIN})
class ExchangeView extends PageLayout implements HasDynamicTitle {

    private static final int MAX_FILE_SIZE = 50 * 1024 * 1024;
    private static final int SHOWN_TEXT = 120;
    /** Up to this many rows a grid is as tall as its rows; beyond, it scrolls. */
    private static final int FEW_ROWS = 12;

    private final ExchangeService service;
    private final BackgroundJobs jobs;
    private final ExportPanel export;
    private final boolean mayApply = CurrentUser.hasAnyRole(Roles.TSB, Roles.CHAIR);

    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Paragraph counts = new Paragraph();
    private final Div notices = new Div();
    private final Grid<RowError> errors = new Grid<>();
    private final Checkbox showUnchanged = new Checkbox();
    private final Grid<RowDiff> rows = new Grid<>();
    private final Button apply = new Button();
    private final Span result = new Span();

    private SheetPreview preview;
    private CompletableFuture<Void> job = CompletableFuture.completedFuture(null);

    ExchangeView(ExchangeService service, BackgroundJobs jobs) {
        super("exchange-view");
        this.service = service;
        this.jobs = jobs;
        export = new ExportPanel(service, jobs, () -> ItemFilter.NONE, List::of);

        // the size limit holds on the server too; the file goes to a temporary file while it arrives
        upload = new Upload(new BoundedUpload(this, MAX_FILE_SIZE, this::read,
                (fileName, max) -> fail(getTranslation("upload.too-large", max / (1024 * 1024)))));
        upload.setId("exchange-upload");
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv", SheetTypes.XLSX, SheetTypes.XLS, "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_SIZE);
        upload.addFileRejectedListener(e -> fail(getTranslation("exchange.import.rejected", e.getErrorMessage())));

        Controls.progressBar(progress, "import-progress", getTranslation("exchange.import.progress"));
        Controls.statusLine(status, "import-status");
        counts.setId("import-counts");
        notices.setId("import-notices");

        errors.setId("import-errors");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        errors.addColumn(RowError::sheet).setHeader(getTranslation("exchange.error.sheet")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.row() > 0 ? String.valueOf(e.row()) : "").setHeader(getTranslation("exchange.error.row"))
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(this::columnOf).setHeader(getTranslation("exchange.error.column")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(this::message).setHeader(getTranslation("exchange.error.message")).setFlexGrow(1);
        errors.setVisible(false);

        showUnchanged.setId("import-show-unchanged");
        showUnchanged.setLabel(getTranslation("exchange.import.unchanged.show"));
        showUnchanged.addValueChangeListener(e -> showRows());
        showUnchanged.setVisible(false);
        rows.setId("import-preview");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addColumn(RowDiff::row).setHeader(getTranslation("exchange.error.row")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(r -> r.plan() + "/" + r.code()).setHeader(getTranslation("exchange.preview.item"))
                .setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(r -> getTranslation("exchange.kind." + r.kind().name())).setHeader(getTranslation("exchange.preview.kind"))
                .setPartNameGenerator(r -> "exchange-" + r.kind().name().toLowerCase(java.util.Locale.ROOT))
                .setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(this::changes).setHeader(getTranslation("exchange.preview.changes")).setFlexGrow(1);
        rows.setVisible(false);

        apply.setId("import-apply");
        apply.setText(getTranslation("exchange.import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> apply());
        Controls.statusLine(result, "import-result");

        Paragraph exportHelp = new Paragraph(getTranslation("exchange.export.help"));
        Paragraph importHelp = new Paragraph(getTranslation("exchange.import.help"));
        add(new H2(getTranslation("exchange.title")),
                new H3(getTranslation("exchange.export.heading")), exportHelp, export,
                new H3(getTranslation("exchange.import.heading")), importHelp, upload, progress, status, counts,
                new HorizontalLayout(apply, result), notices, errors, showUnchanged, rows);
        if (!mayApply) {
            Paragraph note = new Paragraph(getTranslation("exchange.import.noapply"));
            note.setId("import-noapply");
            add(note);
        }
    }

    /** Reads and compares an uploaded file in the background. */
    void read(String fileName, byte[] bytes) {
        UI ui = UI.getCurrent();
        preview = null;
        apply.setEnabled(false);
        errors.setVisible(false);
        rows.setVisible(false);
        showUnchanged.setVisible(false);
        counts.setText("");
        notices.removeAll();
        result.setText("");
        // one file at a time, but the next upload needs no removal of the last one
        upload.clearFileList();
        busy(getTranslation("exchange.import.reading", fileName));
        var bar = BackgroundJobs.toBar(ui, progress);
        job = jobs.start(ui, () -> service.preview(fileName, bytes, bar), this::show, this::failed);
    }

    private void show(SheetPreview read) {
        idle();
        preview = read;
        status.setText(getTranslation("exchange.import.read", read.fileName(), read.sheet()));
        counts.setText(getTranslation("exchange.import.counts", read.count(RowDiff.Kind.NEW), read.count(RowDiff.Kind.CHANGED),
                read.count(RowDiff.Kind.UNCHANGED), read.errors().size()));
        if (!read.ignoredColumns().isEmpty()) {
            notices.add(new Paragraph(getTranslation("exchange.import.ignored", String.join(", ", read.ignoredColumns()))));
        }
        errors.setItems(read.errors());
        fit(errors, read.errors().size(), "16rem");
        errors.setVisible(!read.errors().isEmpty());
        showUnchanged.setVisible(true);
        showRows();
        apply.setEnabled(mayApply && read.canApply());
        if (!read.errors().isEmpty()) {
            result.setText(getTranslation("exchange.import.blocked", read.errors().size()));
        } else if (!read.canApply()) {
            result.setText(getTranslation("exchange.import.nothing"));
        }
    }

    private void showRows() {
        if (preview == null) {
            return;
        }
        boolean all = showUnchanged.getValue();
        List<RowDiff> shown = preview.rows().stream().filter(r -> all || r.kind() != RowDiff.Kind.UNCHANGED).toList();
        rows.setItems(shown);
        fit(rows, shown.size(), "30rem");
        rows.setVisible(!shown.isEmpty());
    }

    /** A grid as tall as its rows when they are few, else of a fixed height that scrolls. */
    private static void fit(Grid<?> grid, int rowCount, String height) {
        boolean few = rowCount <= FEW_ROWS;
        grid.setAllRowsVisible(few);
        grid.setHeight(few ? null : height);
    }

    private void apply() {
        if (preview == null || !preview.canApply()) {
            return;
        }
        UI ui = UI.getCurrent();
        SheetPreview applying = preview;
        apply.setEnabled(false);
        result.setText("");
        busy(getTranslation("exchange.import.applying"));
        var bar = BackgroundJobs.toBar(ui, progress);
        job = jobs.start(ui, () -> service.apply(applying, bar), this::applied, this::failed);
    }

    private void applied(ImportResult done) {
        idle();
        preview = null;
        rows.setItems(List.of());
        rows.setVisible(false);
        showUnchanged.setVisible(false);
        status.setText("");
        counts.setText("");
        result.setText(getTranslation("exchange.import.done", done.created(), done.updated(), done.events()));
        result.removeClassName("exchange-error");
        result.addClassName("exchange-done");
    }

    private void failed(Exception error) {
        idle();
        String text = switch (error) {
            case ImportConflictException c -> getTranslation("exchange.import.conflict", String.join(", ", c.items()));
            case SheetRejectedException r -> getTranslation("exchange.import.blocked", r.errors().size());
            case StatusTransitionException t -> getTranslation("exchange.import.failed", getTranslation(t.messageKey()));
            case ItemRejectedException i -> getTranslation("exchange.import.failed", getTranslation(i.messageKey()));
            case AccessDeniedException a -> getTranslation("exchange.import.denied");
            default -> getTranslation("exchange.import.failed", String.valueOf(error.getMessage()));
        };
        fail(text);
    }

    private void fail(String text) {
        result.setText(text);
        result.removeClassName("exchange-done");
        result.addClassName("exchange-error");
        if (preview != null) {
            apply.setEnabled(false);
        }
    }

    private void busy(String text) {
        status.setText(text);
        progress.setIndeterminate(true);
        progress.setVisible(true);
    }

    private void idle() {
        progress.setVisible(false);
    }

    private String columnOf(RowError error) {
        if (error.column() == null) {
            return "";
        }
        return error.letter() == null ? error.column() : getTranslation("exchange.error.column.value", error.column(), error.letter());
    }

    private String message(RowError error) {
        return getTranslation(error.messageKey(), error.arguments().toArray());
    }

    private String changes(RowDiff row) {
        List<String> parts = new ArrayList<>();
        for (FieldDiff diff : row.changes()) {
            parts.add(row.kind() == RowDiff.Kind.NEW
                    ? getTranslation("exchange.preview.value", diff.column().header(), shorten(diff.newValue()))
                    : getTranslation("exchange.preview.change", diff.column().header(), shorten(diff.oldValue()),
                            shorten(diff.newValue())));
        }
        return parts.stream().collect(Collectors.joining("; "));
    }

    private String shorten(String value) {
        String flat = value.replace('\n', ' ');
        if (flat.isEmpty()) {
            return getTranslation("exchange.preview.empty");
        }
        return flat.length() > SHOWN_TEXT ? flat.substring(0, SHOWN_TEXT) + "…" : flat;
    }

    /** The running or last background job (for tests). */
    CompletableFuture<Void> job() {
        return job;
    }

    ExportPanel exportPanel() {
        return export;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.title");
    }
}
