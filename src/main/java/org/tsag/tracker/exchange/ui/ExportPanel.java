package org.tsag.tracker.exchange.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.tsag.tracker.base.ui.Controls;
import org.tsag.tracker.exchange.ExchangeService;
import org.tsag.tracker.exchange.ExportSummary;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemSort;

/**
 * Two buttons (Excel workbook, CSV), a progress bar while the file is written in the background,
 * then a link that downloads it (and is clicked once automatically).
 */
class ExportPanel extends Div {

    private final ExchangeService service;
    private final BackgroundJobs jobs;
    private final Supplier<ItemFilter> filter;
    private final Supplier<List<ItemSort>> sort;
    private final Button xlsx = new Button();
    private final Button csv = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Anchor download = new Anchor();
    private CompletableFuture<Void> job = CompletableFuture.completedFuture(null);

    ExportPanel(ExchangeService service, BackgroundJobs jobs, Supplier<ItemFilter> filter, Supplier<List<ItemSort>> sort) {
        this.service = service;
        this.jobs = jobs;
        this.filter = filter;
        this.sort = sort;
        addClassName("exchange-export");
        xlsx.setText(getTranslation("exchange.export.xlsx"));
        xlsx.setIcon(VaadinIcon.FILE_TABLE.create());
        xlsx.setId("export-xlsx");
        xlsx.addClickListener(e -> start(true));
        csv.setText(getTranslation("exchange.export.csv"));
        csv.setIcon(VaadinIcon.FILE_TEXT_O.create());
        csv.setId("export-csv");
        csv.addClickListener(e -> start(false));
        Controls.progressBar(progress, "export-progress", getTranslation("exchange.export.progress"));
        Controls.statusLine(status, "export-status");
        download.setId("export-download");
        download.setVisible(false);
        download.setRouterIgnore(true);
        add(Controls.baselineRow(xlsx, csv), progress, status, download);
    }

    private void start(boolean workbook) {
        UI ui = UI.getCurrent();
        ItemFilter f = filter.get();
        List<ItemSort> s = sort.get();
        String fileName = "tsag-tracker-items-" + LocalDate.now() + (workbook ? ".xlsx" : ".csv");
        xlsx.setEnabled(false);
        csv.setEnabled(false);
        download.setVisible(false);
        progress.setIndeterminate(true);
        progress.setVisible(true);
        status.removeClassName("exchange-error");
        status.setText(getTranslation("exchange.export.running"));
        var bar = BackgroundJobs.toBar(ui, progress);
        job = jobs.start(ui, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExportSummary summary = workbook ? service.exportXlsx(f, s, out, bar) : service.exportCsv(f, s, out, bar);
            return new Exported(out.toByteArray(), summary);
        }, exported -> {
            finish();
            byte[] bytes = exported.bytes();
            String type = workbook ? SheetTypes.XLSX : SheetTypes.CSV;
            download.setHref(DownloadHandler.fromInputStream(event ->
                    new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length)));
            download.setText(getTranslation("exchange.export.download", fileName));
            download.setVisible(true);
            status.setText(getTranslation("exchange.export.done", exported.summary().items(), exported.summary().sheets()));
            download.getElement().executeJs("this.click()");
        }, error -> {
            finish();
            status.addClassName("exchange-error");
            status.setText(getTranslation("exchange.export.failed", String.valueOf(error.getMessage())));
        });
    }

    private void finish() {
        progress.setVisible(false);
        xlsx.setEnabled(true);
        csv.setEnabled(true);
    }

    /** The running or last export job (for tests). */
    CompletableFuture<Void> job() {
        return job;
    }

    private record Exported(byte[] bytes, ExportSummary summary) {
    }
}
