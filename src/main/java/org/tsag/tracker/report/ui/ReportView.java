package org.tsag.tracker.report.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.ui.Controls;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.report.ReportOptions;
import org.tsag.tracker.report.ReportRequest;
import org.tsag.tracker.report.ReportService;

/**
 * The TSAG progress report in one click: choose action plans, resolutions, study period and the
 * meeting to compare with, then download the .docx or the PDF. The document is generated while it
 * downloads, in the download's own request, so the page stays responsive however large it is.
 */
@Route("reports")
@RolesAllowed({Roles.TSB, Roles.CHAIR, Roles.ADMIN})
class ReportView extends PageLayout implements HasDynamicTitle {

    /** Writes one kind of document. */
    private interface Writer {
        void write(ReportRequest request, OutputStream out) throws IOException;
    }

    private final MultiSelectComboBox<String> plans = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> resolutions = new MultiSelectComboBox<>();
    private final ComboBox<String> period = new ComboBox<>();
    private final ComboBox<String> since = new ComboBox<>();
    private final Checkbox internal = new Checkbox();
    /** What the download links produce; replaced on every change, read by the download requests. */
    private volatile ReportRequest request;

    ReportView(ReportService service) {
        super("report-page");
        ReportOptions options = service.options(LocalDate.now());

        plans.setId("report-plans");
        plans.setLabel(getTranslation("report.plans"));
        plans.setHelperText(getTranslation("report.plans.help"));
        plans.setItems(options.plans().stream().map(ReportOptions.Option::code).toList());
        plans.setItemLabelGenerator(labels(options.plans())::get);

        resolutions.setId("report-resolutions");
        resolutions.setLabel(getTranslation("report.resolutions"));
        resolutions.setHelperText(getTranslation("report.resolutions.help"));
        resolutions.setItems(options.resolutions().stream().map(ReportOptions.Option::code).toList());
        resolutions.setItemLabelGenerator(labels(options.resolutions())::get);

        period.setId("report-period");
        period.setLabel(getTranslation("report.period"));
        period.setPlaceholder(getTranslation("report.period.all"));
        period.setHelperText(getTranslation("report.period.help"));
        period.setClearButtonVisible(true);
        period.setItems(options.periods());
        period.setValue(options.defaultPeriod());

        since.setId("report-since");
        since.setLabel(getTranslation("report.since"));
        since.setHelperText(getTranslation("report.since.help"));
        since.setItems(options.meetings().stream().map(ReportOptions.Option::code).toList());
        since.setItemLabelGenerator(labels(options.meetings())::get);
        since.setValue(options.defaultSince());

        internal.setId("report-internal");
        internal.setLabel(getTranslation("report.internal"));
        internal.setHelperText(getTranslation("report.internal.help"));
        internal.setVisible(service.mayIncludeInternal());

        FormLayout form = new FormLayout(plans, resolutions, period, since, internal);
        form.setId("report-form");
        Controls.onChange(this::update, plans, resolutions, period, since, internal);
        update();

        Anchor docx = download((r, out) -> service.writeDocx(r, getLocale(), out), "docx", ReportService.DOCX_TYPE, "report.download.docx");
        docx.setId("report-docx");
        docx.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        Anchor pdf = download((r, out) -> service.writePdf(r, getLocale(), out), "pdf", ReportService.PDF_TYPE, "report.download.pdf");
        pdf.setId("report-pdf");
        pdf.addComponentAsFirst(VaadinIcon.FILE_O.create());
        Div downloads = new Div(docx, pdf);
        downloads.addClassName("report-downloads");

        add(new H2(getTranslation("report.title")), new Paragraph(getTranslation("report.intro")), form, downloads,
                new Paragraph(getTranslation("report.downloads.help")));
    }

    private static Map<String, String> labels(List<ReportOptions.Option> options) {
        return options.stream().collect(Collectors.toMap(ReportOptions.Option::code,
                o -> o.code() + " \u2013 " + o.label(), (a, b) -> a));
    }

    private void update() {
        request = new ReportRequest(
                List.copyOf(plans.getSelectedItems()),
                List.copyOf(resolutions.getSelectedItems()),
                period.getValue(),
                since.getValue(),
                internal.isVisible() && internal.getValue(),
                null);
    }

    /** The current choices, as the download links will use them. */
    ReportRequest request() {
        return request;
    }

    private Anchor download(Writer writer, String extension, String contentType, String key) {
        DownloadHandler handler = event -> {
            ReportRequest current = request;
            event.setFileName(current.fileName(extension));
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                writer.write(current, out);
            }
        };
        Anchor anchor = new Anchor(handler, getTranslation(key));
        anchor.addClassName("report-download");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
