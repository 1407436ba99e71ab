package org.tsag.tracker.report;

import java.math.BigInteger;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The document's styles: Word's built-in heading styles with outline levels, the TOC levels, captions and table text. */
final class DocxStyles {

    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";

    private static final String FONT = "Times New Roman";

    /** The proofing language Word sets for each of ITU's languages (British English as TSB writes). */
    private static final Map<String, String> PROOFING = Map.of("en", "en-GB", "fr", "fr-FR", "es", "es-ES",
            "ru", "ru-RU", "zh", "zh-CN", "ar", "ar-SA");

    private DocxStyles() {
    }

    /** The styles, with the document's language that of its reader, so that Word checks the wording in it. */
    static void styles(XWPFDocument doc, Wording text) {
        XWPFStyles styles = doc.createStyles();
        CTDocDefaults defaults = CTDocDefaults.Factory.newInstance();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr.addNewRFonts());
        rpr.addNewSz().setVal(BigInteger.valueOf(22));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(22));
        CTLanguage lang = rpr.addNewLang();
        String language = PROOFING.getOrDefault(text.languageTag(), "en-GB");
        lang.setVal(language);
        if ("zh".equals(text.languageTag())) {
            lang.setEastAsia(language);
        }
        if (text.rightToLeft()) {
            lang.setBidi(language);
        }
        CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.valueOf(80));
        styles.getCtStyles().setDocDefaults(defaults);

        styles.addStyle(paragraphStyle("Normal", "Normal", null, null, 0, false, 0, 80));
        styles.addStyle(paragraphStyle("Title", "Title", "Normal", null, 32, true, 240, 240));
        styles.addStyle(paragraphStyle(HEADING_1, "heading 1", "Normal", 0, 28, true, 360, 120));
        styles.addStyle(paragraphStyle(HEADING_2, "heading 2", "Normal", 1, 24, true, 240, 120));
        styles.addStyle(paragraphStyle(HEADING_3, "heading 3", "Normal", 2, 22, true, 200, 80));
        // based on Normal, not on heading 1: the contents' own title stays out of the contents
        styles.addStyle(paragraphStyle("TOCHeading", "TOC Heading", "Normal", null, 28, true, 240, 120));
        styles.addStyle(paragraphStyle("TOC1", "toc 1", "Normal", null, 0, false, 60, 0));
        styles.addStyle(paragraphStyle("TOC2", "toc 2", "Normal", null, 0, false, 0, 0));
        styles.addStyle(paragraphStyle("TOC3", "toc 3", "Normal", null, 0, false, 0, 0));
        styles.addStyle(paragraphStyle("Caption", "caption", "Normal", null, 20, true, 60, 240));
        styles.addStyle(paragraphStyle("ClauseText", "Clause text", "Normal", null, 20, false, 0, 120));
        styles.addStyle(paragraphStyle("TableText", "Table text", "Normal", null, 18, false, 0, 40));
    }

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia("SimSun");
    }

    /** A paragraph style; {@code outline} (0-based) makes it a heading for the navigation pane and the TOC. */
    private static XWPFStyle paragraphStyle(String id, String name, String basedOn, Integer outline, int halfPoints,
                                            boolean bold, int before, int after) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        if (outline != null) {
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        }
        CTPPrGeneral ppr = style.addNewPPr();
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (outline != null) {
            ppr.addNewKeepNext();
            ppr.addNewKeepLines();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = style.addNewRPr();
        if (bold) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (halfPoints > 0) {
            rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        }
        if ("ClauseText".equals(id)) {
            rpr.addNewI();
        }
        return new XWPFStyle(style);
    }
}
