package org.tsag.tracker.report;

import static org.tsag.tracker.report.DocxText.*;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Table cells, header rows and column widths of the Word report. */
final class DocxTables {

    private static final String HEADER_FILL = "D9D9D9";

    private DocxTables() {
    }

    static void line(XWPFTableCell cell, String value) {
        XWPFParagraph p = cell.addParagraph();
        p.setStyle("TableText");
        run(p, value, false);
    }

    static XWPFParagraph cell(XWPFTable table, int row, int column, String value, boolean bold) {
        XWPFParagraph p = table.getRow(row).getCell(column).getParagraphs().getFirst();
        p.setStyle("TableText");
        run(p, value, bold);
        return p;
    }

    /** The header row: bold on grey, repeated at the top of every page, never split. */
    static void header(XWPFTable table, String... titles) {
        XWPFTableRow row = table.getRow(0);
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int i = 0; i < titles.length; i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setColor(HEADER_FILL);
            XWPFParagraph p = cell.getParagraphs().getFirst();
            p.setStyle("TableText");
            run(p, titles[i], true);
        }
    }

    /** Column widths in per cent of {@code width} (twips), also written to the grid for LibreOffice. */
    static void widths(XWPFTable table, int width, int... percents) {
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(width));
        table.setTableAlignment(TableRowAlign.LEFT);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int percent : percents) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) width * percent / 100));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < percents.length && i < row.getTableCells().size(); i++) {
                row.getCell(i).setWidthType(TableWidthType.DXA);
                row.getCell(i).setWidth(String.valueOf((long) width * percents[i] / 100));
            }
        }
    }

    static void noBorders(XWPFTable table) {
        table.removeBorders();
    }
}
