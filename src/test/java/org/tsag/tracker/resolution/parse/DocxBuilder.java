package org.tsag.tracker.resolution.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Builds .docx files for tests, with tracked changes written as Word writes them: runs inside w:ins
 * and w:del (deleted text in w:delText), and w:ins / w:del on the paragraph mark of a paragraph that
 * was inserted or deleted whole. A tab in the text becomes w:tab.
 */
final class DocxBuilder {

    /** A piece of a paragraph: unchanged, inserted or deleted text. */
    record Part(Kind kind, String text) {
        enum Kind { SAME, INSERTED, DELETED }
    }

    private final XWPFDocument document = new XWPFDocument();
    private int changeId;

    static Part same(String text) {
        return new Part(Part.Kind.SAME, text);
    }

    static Part ins(String text) {
        return new Part(Part.Kind.INSERTED, text);
    }

    static Part del(String text) {
        return new Part(Part.Kind.DELETED, text);
    }

    DocxBuilder text(String... lines) {
        for (String line : lines) {
            changed(same(line));
        }
        return this;
    }

    DocxBuilder changed(Part... parts) {
        XWPFParagraph paragraph = document.createParagraph();
        for (Part part : parts) {
            append(paragraph.getCTP(), part);
        }
        return this;
    }

    /** A paragraph inserted whole: its runs and its paragraph mark are marked inserted. */
    DocxBuilder inserted(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        track(paragraph.getCTP().addNewPPr().addNewRPr().addNewIns());
        append(paragraph.getCTP(), ins(text));
        return this;
    }

    /** A paragraph deleted whole: its runs and its paragraph mark are marked deleted. */
    DocxBuilder deleted(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        track(paragraph.getCTP().addNewPPr().addNewRPr().addNewDel());
        append(paragraph.getCTP(), del(text));
        return this;
    }

    DocxBuilder withFootnote(String text, String footnote) {
        XWPFParagraph paragraph = document.createParagraph();
        append(paragraph.getCTP(), same(text));
        XWPFFootnote note = document.createFootnote();
        note.createParagraph().createRun().setText(footnote);
        paragraph.addFootnoteReference(note);
        return this;
    }

    /** A sub-item whose dash is a Symbol-font character (w:sym w:font="Symbol" w:char="F02D"), then a tab, then the text. */
    DocxBuilder symbolDash(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        CTR run = paragraph.getCTP().addNewR();
        var sym = run.addNewSym();
        sym.setFont("Symbol");
        sym.setChar(new byte[] {(byte) 0xF0, 0x2D});
        run.addNewTab();
        run.addNewT().setStringValue(text);
        return this;
    }

    /** Paragraphs numbered by Word itself, with no typed label. */
    DocxBuilder numbered(STNumberFormat.Enum format, String levelText, Part[]... paragraphs) {
        BigInteger numId = numbering(format, levelText);
        for (Part[] parts : paragraphs) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setNumID(numId);
            paragraph.setNumILvl(BigInteger.ZERO);
            for (Part part : parts) {
                append(paragraph.getCTP(), part);
            }
        }
        return this;
    }

    InputStream build() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return new ByteArrayInputStream(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(CTP paragraph, Part part) {
        CTR run = switch (part.kind()) {
            case SAME -> paragraph.addNewR();
            case INSERTED -> track(paragraph.addNewIns()).addNewR();
            case DELETED -> track(paragraph.addNewDel()).addNewR();
        };
        String[] pieces = part.text().split("\t", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                run.addNewTab();
            }
            if (!pieces[i].isEmpty()) {
                (part.kind() == Part.Kind.DELETED ? run.addNewDelText() : run.addNewT()).setStringValue(pieces[i]);
            }
        }
    }

    private <T extends CTTrackChange> T track(T change) {
        change.setId(BigInteger.valueOf(++changeId));
        change.setAuthor("test");
        return change;
    }

    private BigInteger numbering(STNumberFormat.Enum format, String levelText) {
        XWPFNumbering numbering = document.getNumbering() == null ? document.createNumbering() : document.getNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(++changeId));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(levelText);
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }
}
