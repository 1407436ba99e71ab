package org.tsag.tracker.report;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;

/**
 * Lays a finished Word report out right to left, for Arabic (issue 15): every paragraph gets
 * {@code w:bidi} (it starts at the right; Word then reads "left" and "right" alignment from its start),
 * every table {@code w:bidiVisual} (its first column is the rightmost), every section {@code w:bidi},
 * and the runs that hold right-to-left letters {@code w:rtl}, with their bold and italic for complex
 * script too. Runs without such letters, item codes like {@code 68-3}, numbers and Latin names, stay
 * left-to-right runs, so they read as typed. Done as one pass over the document, so the parts that write
 * it need not know the direction.
 */
final class DocxBidi {

    private DocxBidi() {
    }

    static void rightToLeft(XWPFDocument doc) {
        doc.getBodyElements().forEach(DocxBidi::element);
        if (doc.getDocument().getBody().isSetSectPr()) {
            section(doc.getDocument().getBody().getSectPr());
        }
    }

    private static void element(IBodyElement element) {
        if (element instanceof XWPFParagraph p) {
            paragraph(p);
        } else if (element instanceof XWPFTable t) {
            table(t);
        }
    }

    private static void table(XWPFTable table) {
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        if (!properties.isSetBidiVisual()) {
            properties.addNewBidiVisual();
        }
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                cell.getBodyElements().forEach(DocxBidi::element);
            }
        }
    }

    /** One paragraph and its runs, e.g. the footer's, which is not part of the body. */
    static void paragraph(XWPFParagraph paragraph) {
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        if (!properties.isSetBidi()) {
            properties.addNewBidi();
        }
        if (properties.isSetSectPr()) {
            section(properties.getSectPr());
        }
        for (XWPFRun run : paragraph.getRuns()) {
            if (hasRightToLeftLetters(run.text())) {
                CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
                if (rpr.sizeOfRtlArray() == 0) {
                    rpr.addNewRtl();
                }
                if (rpr.sizeOfBArray() > 0 && rpr.sizeOfBCsArray() == 0) {
                    rpr.addNewBCs();
                }
                if (rpr.sizeOfIArray() > 0 && rpr.sizeOfICsArray() == 0) {
                    rpr.addNewICs();
                }
            }
        }
    }

    private static void section(CTSectPr section) {
        if (!section.isSetBidi()) {
            section.addNewBidi();
        }
    }

    static boolean hasRightToLeftLetters(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(c -> {
            byte direction = Character.getDirectionality(c);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }
}
