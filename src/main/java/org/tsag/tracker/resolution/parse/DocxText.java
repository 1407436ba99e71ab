package org.tsag.tracker.resolution.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Node;

/**
 * The text of a .docx body, one line per paragraph, as it reads in the previous revision (normal and
 * deleted runs) and in the new one (normal and inserted runs). Both lists have one entry per
 * paragraph, so a line number names the same paragraph on both sides.
 */
final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final List<String> oldLines;
    private final List<String> newLines;
    private final boolean trackedChanges;

    private DocxText(List<String> oldLines, List<String> newLines, boolean trackedChanges) {
        this.oldLines = oldLines;
        this.newLines = newLines;
        this.trackedChanges = trackedChanges;
    }

    static DocxText read(InputStream in) throws ResolutionParseException {
        byte[] bytes = DocxParts.bytes(in);
        try (XWPFDocument document = open(bytes)) {
            return read(document);
        } catch (IOException e) {
            throw new ResolutionParseException("The .docx file could not be read: " + DocxParts.describe(e), e);
        }
    }

    private static XWPFDocument open(byte[] bytes) throws ResolutionParseException {
        try {
            return new XWPFDocument(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a valid .docx package with assorted exceptions, often without a message.
            throw new ResolutionParseException(DocxParts.whatIsBroken(bytes, e), e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new ResolutionParseException("The .docx file is too deeply nested or too large to be read.", 0);
        }
    }

    private static DocxText read(XWPFDocument document) throws ResolutionParseException {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        try {
            collect(document.getBodyElements(), paragraphs, 0);
        } catch (RuntimeException e) {
            throw new ResolutionParseException("The body of the .docx file (word/document.xml) could not be read: "
                    + DocxParts.describe(e), e);
        }
        if (paragraphs.size() > InputText.MAX_LINES) {
            throw new ResolutionParseException("Paragraph %d: the document has more than %,d paragraphs, far more than any resolution; it was not read."
                    .formatted(InputText.MAX_LINES + 1, InputText.MAX_LINES), InputText.MAX_LINES + 1);
        }
        List<Paragraph> read = new ArrayList<>();
        AutomaticNumbering numbering = new AutomaticNumbering();
        java.util.Set<Integer> expandedFootnotes = new java.util.HashSet<>();
        long characters = 0;
        for (XWPFParagraph paragraph : paragraphs) {
            int number = read.size() + 1;
            try {
                Paragraph text = Paragraph.of(paragraph.getCTP().getDomNode(), document, expandedFootnotes);
                read.add(numbering.prefix(paragraph, text));
            } catch (RuntimeException | StackOverflowError e) {
                throw new ResolutionParseException("Paragraph %d of the .docx file could not be read: %s"
                        .formatted(number, DocxParts.describe(e)), number);
            }
            characters += read.get(read.size() - 1).newText().length() + read.get(read.size() - 1).oldText().length();
            if (characters > 2L * InputText.MAX_CHARACTERS) {
                throw new ResolutionParseException("Paragraph %d: the document is longer than %,d characters, far more than any resolution; it was not read."
                        .formatted(number, InputText.MAX_CHARACTERS), number);
            }
        }
        boolean changed = read.stream().anyMatch(Paragraph::changed);
        return new DocxText(joinMarks(read, true), joinMarks(read, false), changed);
    }

    private static final int MAX_TABLE_NESTING = 10;

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> into, int depth) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                into.add(paragraph);
            } else if (element instanceof XWPFTable table && depth < MAX_TABLE_NESTING) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), into, depth + 1);
                    }
                }
            }
        }
    }

    /**
     * A paragraph mark that was inserted did not exist before, so in the previous revision the
     * paragraph ran on into the next one (and the same for a deleted mark in the new revision). The
     * joined text stays on the first paragraph's line and the next line is left empty, which keeps
     * line numbers the same on both sides. A paragraph that is empty on that side (a whole paragraph
     * inserted or deleted) joins nothing, so the next paragraph keeps its own line.
     */
    private static List<String> joinMarks(List<Paragraph> paragraphs, boolean old) {
        List<String> lines = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            lines.add(old ? paragraph.oldText() : paragraph.newText());
        }
        for (int i = paragraphs.size() - 2; i >= 0; i--) {
            Paragraph paragraph = paragraphs.get(i);
            boolean runsOn = old ? paragraph.markInserted() : paragraph.markDeleted();
            if (runsOn && !lines.get(i).isBlank()) {
                lines.set(i, lines.get(i) + lines.get(i + 1));
                lines.set(i + 1, "");
            }
        }
        return lines;
    }

    boolean hasTrackedChanges() {
        return trackedChanges;
    }

    List<String> oldLines() {
        return oldLines;
    }

    List<String> newLines() {
        return newLines;
    }

    String newText() {
        return String.join("\n", newLines);
    }

    /** One paragraph's text on both sides, with footnotes written the way Word's text export does. */
    record Paragraph(String oldText, String newText, boolean changed, boolean markInserted, boolean markDeleted) {

        static Paragraph of(Node paragraph, XWPFDocument document, java.util.Set<Integer> expandedFootnotes) {
            RunWalker walker = new RunWalker(document, expandedFootnotes, false);
            walker.walk(paragraph, true, true);
            return new Paragraph(walker.oldText(), walker.newText(), walker.changed(), walker.markInserted,
                    walker.markDeleted);
        }

        Paragraph withLabels(String oldLabel, String newLabel) {
            return new Paragraph(oldLabel + oldText, newLabel + newText, changed, markInserted, markDeleted);
        }
    }

    /** Walks a paragraph's XML in document order, sending text to the old side, the new side or both. */
    private static final class RunWalker {

        private static final int MAX_DEPTH = 200;

        private final XWPFDocument document;
        private final java.util.Set<Integer> expandedFootnotes;
        private final boolean inFootnote;
        private int depth;
        private final StringBuilder oldText = new StringBuilder();
        private final StringBuilder newText = new StringBuilder();
        private final StringBuilder oldFootnotes = new StringBuilder();
        private final StringBuilder newFootnotes = new StringBuilder();
        private boolean changed;
        private boolean markInserted;
        private boolean markDeleted;

        /**
         * @param expandedFootnotes the footnotes whose text was already written: each is written once,
         *                          at its first reference, so repeated references cannot multiply the text
         * @param inFootnote        a footnote's own references are kept as markers only, so a footnote
         *                          referring to itself or to another cannot recurse
         */
        RunWalker(XWPFDocument document, java.util.Set<Integer> expandedFootnotes, boolean inFootnote) {
            this.document = document;
            this.expandedFootnotes = expandedFootnotes;
            this.inFootnote = inFootnote;
        }

        void walk(Node node, boolean inOld, boolean inNew) {
            if (++depth > MAX_DEPTH) {
                throw new IllegalStateException("its markup is nested more than " + MAX_DEPTH + " levels deep");
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.ELEMENT_NODE && W.equals(child.getNamespaceURI())) {
                    element(child, inOld, inNew);
                }
            }
            depth--;
        }

        private void element(Node element, boolean inOld, boolean inNew) {
            switch (element.getLocalName()) {
                case "pPr" -> paragraphMark(element);
                case "ins", "moveTo" -> {
                    changed = true;
                    walk(element, false, inNew);
                }
                case "del", "moveFrom" -> {
                    changed = true;
                    walk(element, inOld, false);
                }
                case "t", "delText" -> append(textOf(element), inOld, inNew);
                case "tab" -> append("\t", inOld, inNew);
                case "br", "cr" -> append(" ", inOld, inNew);
                case "noBreakHyphen" -> append("\u2011", inOld, inNew);
                case "footnoteReference" -> footnote(element, inOld, inNew);
                case "sym" -> append(symbol(element), inOld, inNew);
                // Formatting, field codes and drawings hold no text of the paragraph itself.
                case "rPr", "instrText", "delInstrText", "fldChar", "drawing", "pict", "object", "AlternateContent",
                        "softHyphen", "commentReference", "rPrChange", "pPrChange", "sectPr" -> {
                }
                default -> walk(element, inOld, inNew);
            }
        }

        // XMLBeans' DOM has no getTextContent (DOM level 3).
        private static String textOf(Node element) {
            StringBuilder text = new StringBuilder();
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    text.append(child.getNodeValue());
                }
            }
            return text.toString();
        }

        private void paragraphMark(Node paragraphProperties) {
            for (Node child = paragraphProperties.getFirstChild(); child != null; child = child.getNextSibling()) {
                if ("rPr".equals(child.getLocalName())) {
                    for (Node mark = child.getFirstChild(); mark != null; mark = mark.getNextSibling()) {
                        if ("ins".equals(mark.getLocalName())) {
                            markInserted = true;
                            changed = true;
                        } else if ("del".equals(mark.getLocalName())) {
                            markDeleted = true;
                            changed = true;
                        }
                    }
                }
            }
        }

        private void append(String text, boolean inOld, boolean inNew) {
            if (inOld) {
                oldText.append(text);
            }
            if (inNew) {
                newText.append(text);
            }
        }

        private void footnote(Node reference, boolean inOld, boolean inNew) {
            Node id = reference.getAttributes().getNamedItemNS(W, "id");
            if (id == null) {
                return;
            }
            int number;
            try {
                number = Integer.parseInt(id.getNodeValue());
            } catch (NumberFormatException e) {
                return;
            }
            append("[footnoteRef:" + number + "]", inOld, inNew);
            if (inFootnote || !expandedFootnotes.add(number)) {
                return;
            }
            XWPFFootnote footnote = document.getFootnoteByID(number);
            if (footnote == null) {
                return;
            }
            RunWalker inner = new RunWalker(document, expandedFootnotes, true);
            for (XWPFParagraph paragraph : footnote.getParagraphs()) {
                inner.walk(paragraph.getCTP().getDomNode(), true, true);
                inner.append(" ", true, true);
            }
            changed |= inner.changed;
            if (inOld) {
                oldFootnotes.append(" [").append(number).append(": ").append(inner.oldText().strip()).append(']');
            }
            if (inNew) {
                newFootnotes.append(" [").append(number).append(": ").append(inner.newText().strip()).append(']');
            }
        }

        /**
         * A character written with w:sym, as Word writes dashes and bullets in the Symbol or Wingdings
         * fonts (w:char="F02D" is a dash, "F0B7" a bullet).
         */
        private static String symbol(Node element) {
            Node code = element.getAttributes().getNamedItemNS(W, "char");
            if (code == null) {
                return "";
            }
            int value;
            try {
                value = Integer.parseInt(code.getNodeValue(), 16);
            } catch (NumberFormatException e) {
                return "";
            }
            int plain = value >= 0xF000 && value <= 0xF0FF ? value - 0xF000 : value;
            return switch (plain) {
                case 0x2D, 0x2013, 0x2014, 0xBE -> "–";
                case 0xB7, 0xA7, 0x6C, 0x6E, 0xFC, 0x2022 -> "•";
                default -> plain >= 0x20 && plain < 0xD800 ? String.valueOf((char) plain) : "";
            };
        }

        String oldText() {
            return oldText.toString() + oldFootnotes;
        }

        String newText() {
            return newText.toString() + newFootnotes;
        }

        boolean changed() {
            return changed;
        }
    }
}
