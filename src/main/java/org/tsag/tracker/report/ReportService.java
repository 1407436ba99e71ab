package org.tsag.tracker.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.CanRead;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.item.ItemDetail;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.item.ItemService;

/**
 * The TSAG progress report: its model, the .docx and the PDF, and the PDF of a single item.
 * Producing reports is for TSB, chairs and admins; internal items go in only when asked for and
 * only for TSB and chairs. Generation reads the data in one transaction, then writes the document
 * outside it, so a long rendering holds no database connection.
 *
 * <p>For benchmarks: {@code writeDocx(ReportRequest.of("WTSA24", "2025-2028"), out)} and
 * {@code writePdf(...)} time the whole path for one plan and study period.
 */
@Service
public class ReportService {

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF_TYPE = "application/pdf";

    private final ReportBuilder builder;
    private final ReportQuery query;
    private final ItemService items;
    private final DashboardService dashboard;
    private final Wording text = new Wording();

    ReportService(ReportBuilder builder, ReportQuery query, ItemService items, DashboardService dashboard) {
        this.builder = builder;
        this.query = query;
        this.items = items;
        this.dashboard = dashboard;
    }

    /** The choices of the report page, starting from the current study period and the last TSAG meeting. */
    @RolesAllowed({Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public ReportOptions options(LocalDate today) {
        List<Report.Meeting> meetings = query.tsagMeetings();
        return new ReportOptions(
                query.plans().stream().map(p -> new ReportOptions.Option(p.code(), p.title())).toList(),
                query.resolutionOptions(),
                dashboard.periods(),
                meetings.stream().map(m -> new ReportOptions.Option(m.code(), m.title())).toList(),
                dashboard.periodAt(today).orElse(null),
                meetings.stream().filter(m -> m.end().isBefore(today)).findFirst().map(Report.Meeting::code).orElse(null));
    }

    /** Whether the signed-in user may put internal items into a report. */
    @RolesAllowed({Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    public boolean mayIncludeInternal() {
        return CurrentUser.hasAnyRole(Roles.TSB, Roles.CHAIR);
    }

    /** The report as data. Internal items are left out unless requested by TSB or a chair. */
    @RolesAllowed({Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    public Report report(ReportRequest request) {
        return builder.build(request, request.includeInternal() && mayIncludeInternal());
    }

    /** The report as a Word document. */
    @RolesAllowed({Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    public void writeDocx(ReportRequest request, OutputStream out) throws IOException {
        writeDocx(request, null, out);
    }

    /** The Word document with its headings, labels and column names in the reader's language (English for null). */
    @RolesAllowed({Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    public void writeDocx(ReportRequest request, Locale reader, OutputStream out) throws IOException {
        new DocxReport(report(request), wording(reader)).write(out);
    }

    /** The same report as a PDF. */
    @RolesAllowed({Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    public void writePdf(ReportRequest request, OutputStream out) throws IOException {
        writePdf(request, null, out);
    }

    /** The PDF with its headings, labels and column names in the reader's language (English for null). */
    @RolesAllowed({Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    public void writePdf(ReportRequest request, Locale reader, OutputStream out) throws IOException {
        PdfDocuments.render(new PdfReport(report(request), wording(reader)).xhtml(), out);
    }

    private Wording wording(Locale reader) {
        return reader == null ? text : new Wording(reader);
    }

    /**
     * One item as a PDF in English, for everyone who may read the item page.
     *
     * @throws IllegalArgumentException when there is no such item or the reader may not see it
     */
    @CanRead
    public void writeItemPdf(String plan, String code, OutputStream out) throws IOException {
        writeItemPdf(plan, code, null, out);
    }

    /**
     * One item as a PDF with its wording, status names, dates and percentages in the reader's language
     * (English for null), right to left in Arabic; the item's own texts stay as entered.
     *
     * @throws IllegalArgumentException when there is no such item or the reader may not see it
     */
    @CanRead
    public void writeItemPdf(String plan, String code, Locale reader, OutputStream out) throws IOException {
        ItemDetail item = items.findItem(plan, code)
                .orElseThrow(() -> new IllegalArgumentException("No item " + code + " in plan " + plan));
        Map<String, String> statusNames = new LinkedHashMap<>();
        query.statuses().forEach(s -> statusNames.put(s.code(), s.name()));
        PdfDocuments.render(new ItemSheet(item, items.periods(item.id()), statusNames, wording(reader)).xhtml(), out);
    }
}
