package org.tsag.tracker.report;

import static org.tsag.tracker.report.DocxText.field;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes the report as a Word document in TSB's TD layout. Built for Word's own machinery: the
 * headings use the built-in "heading 1-3" styles (outline levels, so the navigation pane and the
 * table of contents work), the table of contents is a real TOC field that Word refreshes on
 * opening, table header rows repeat on every page, and the wide tables of Sections I and II sit in
 * a landscape section (its own page size, swapped, and orientation). This class puts the parts in
 * order and sets up the pages; {@link DocxStyles}, {@link DocxFrontMatter}, {@link DocxSections}
 * write the rest, and {@link DocxBidi} lays the whole document out right to left for Arabic.
 */
final class DocxReport {

    /** A4 in twentieths of a point. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1134;

    private final Report report;
    private final Wording text;
    private String footerId;

    DocxReport(Report report, Wording text) {
        this.report = report;
        this.text = text;
    }

    void write(OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.styles(doc, text);
            footer(doc);
            DocxFrontMatter front = new DocxFrontMatter(report, text);
            front.cover(doc);
            front.contents(doc);
            front.overview(doc);
            endSection(doc, false);
            DocxSections sections = new DocxSections(report, text);
            sections.sectionOne(doc);
            sections.sectionTwo(doc);
            endSection(doc, true);
            sections.sectionThree(doc);
            page(doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr(), false);
            if (text.rightToLeft()) {
                DocxBidi.rightToLeft(doc);
            }
            // Word refreshes the table of contents (and page numbers) when it opens the file
            doc.enforceUpdateFields();
            doc.getProperties().getCoreProperties().setTitle(text.get("title"));
            doc.getProperties().getCoreProperties().setCreator(text.get("cover.source.value"));
            doc.write(out);
        }
    }

    // ---- page set-up

    private void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(text.get("docx.footer", text.date(report.cover().asOf())) + " \u2013 ");
        field(p, "PAGE", "1");
        if (text.rightToLeft()) {
            DocxBidi.paragraph(p);
        }
        footerId = doc.getRelationId(footer);
    }

    /** Ends the current section: its properties go into the last paragraph, as Word does. */
    private void endSection(XWPFDocument doc, boolean landscape) {
        XWPFParagraph p = doc.createParagraph();
        page(p.getCTP().addNewPPr().addNewSectPr(), landscape);
    }

    private void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
        if (footerId != null && section.sizeOfFooterReferenceArray() == 0) {
            CTHdrFtrRef reference = section.addNewFooterReference();
            reference.setType(STHdrFtr.DEFAULT);
            reference.setId(footerId);
        }
    }

    /** The usable width of a page in twentieths of a point. */
    static int textWidth(boolean landscape) {
        return (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
    }
}
