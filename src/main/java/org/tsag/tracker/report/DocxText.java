package org.tsag.tracker.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Paragraphs, runs and fields of the Word report: small pieces shared by its parts. */
final class DocxText {

    private DocxText() {
    }

    static XWPFParagraph heading(XWPFDocument doc, String style, String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(title);
        return p;
    }

    static void run(XWPFParagraph p, String value, boolean bold) {
        XWPFRun run = p.createRun();
        run.setBold(bold);
        setText(run, value);
    }

    /** Text with line breaks kept as breaks. */
    private static void setText(XWPFRun run, String value) {
        String[] lines = (value == null ? "" : value).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    static void labelled(XWPFParagraph p, String label, String value) {
        p.setStyle("TableText");
        run(p, label + " ", true);
        run(p, value, false);
    }

    /** A simple field such as PAGE, with {@code shown} as its text until Word updates it. */
    static void field(XWPFParagraph p, String instruction, String shown) {
        fieldChar(p, STFldCharType.BEGIN, false);
        instruction(p, " " + instruction + " ");
        fieldChar(p, STFldCharType.SEPARATE, false);
        p.createRun().setText(shown);
        fieldChar(p, STFldCharType.END, false);
    }

    static void fieldChar(XWPFParagraph p, STFldCharType.Enum type, boolean dirty) {
        CTFldChar fieldChar = p.createRun().getCTR().addNewFldChar();
        fieldChar.setFldCharType(type);
        if (dirty) {
            fieldChar.setDirty(Boolean.TRUE);
        }
    }

    static void instruction(XWPFParagraph p, String instruction) {
        CTText instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(instruction);
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }
}
