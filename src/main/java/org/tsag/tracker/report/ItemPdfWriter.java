package org.tsag.tracker.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tsag.tracker.item.ItemPdf;

/** The item page's PDF download, drawn by the report feature's PDF machinery. */
@Component
class ItemPdfWriter implements ItemPdf {

    private final ReportService reports;

    ItemPdfWriter(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void write(String plan, String code, Locale reader, OutputStream out) throws IOException {
        reports.writeItemPdf(plan, code, reader, out);
    }
}
