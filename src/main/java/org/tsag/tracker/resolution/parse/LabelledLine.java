package org.tsag.tracker.resolution.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that starts with an item label ("a)", "b bis)", "12", "1.1", "2bis", "–") and the text
 * after it. The label is kept as written (without its bracket and spaces): "cf" or "610" may be two
 * labels joined by a flattened tracked change.
 */
record LabelledLine(String label, LabelStyle style, String text, String marker) {

    private static final String SUFFIX = "(?:\\h?(?:" + LabelOrder.SUFFIXES + "))";
    // Two letters for joined labels like "cf"; up to four only for roman numerals like "viii".
    private static final Pattern LETTER = Pattern.compile("^([a-z]{1,2}|[ivxl]{3,4})(" + SUFFIX + "?)\\)(" + LabelOrder.SUFFIXES + ")?\\h*(.*)$");
    // Up to four digits for joined labels like "1011"; the separator keeps "2.5 million" out.
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,4}" + SUFFIX + "?)[.)]?(?:\\h+(.*))?$");
    // Decimal labels ("1.1", "2.1.1", "1bis.1"): only before a tab or at the end of the line, or when
    // the reader confirms that they continue the numbering (see BodyReader).
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,3}" + SUFFIX + "?(?:\\.\\d{1,3}" + SUFFIX + "?)+)\\.?(\\t.*|\\h+.*)?$");
    private static final Pattern CITED = Pattern.compile("^\\d{1,4}\\h+\\((?:Rev\\.\\h*)?\\p{Lu}[^()]*,\\h*\\d{4}\\)");
    private static final Pattern YEAR = Pattern.compile("^(?:18[6-9]\\d|19\\d\\d|2[01]\\d\\d)(?:\\)|\\h+\\p{Ll})");
    private static final Pattern BULLET = Pattern.compile("^([–—\\-•·▪◦\u2212\u25CF\u2023\u25A0])\\h+(.*)$");

    /**
     * A wrapped line of a narrow copy may start with a number that is no label: a resolution's number
     * before its citation ("73 (Minneapolis, 1998) of the ..."), or a year ("2002)" closing a header's
     * bracket, "2001 session and ..."). A year before a tab is still a label (a joined "1920").
     */
    private static boolean citationOrYear(String text) {
        return CITED.matcher(text).lookingAt() || YEAR.matcher(text).lookingAt();
    }

    static Optional<LabelledLine> read(String text) {
        Matcher letter = LETTER.matcher(text);
        if (letter.matches() && (letter.group(1).length() <= 2 || RomanNumeral.value(letter.group(1)) > 0)) {
            String suffix = (letter.group(2) + (letter.group(3) == null ? "" : letter.group(3))).strip();
            return Optional.of(new LabelledLine(letter.group(1) + suffix, LabelStyle.LETTER, letter.group(4).strip(), null));
        }
        Matcher number = NUMBER.matcher(text);
        if (number.matches() && !citationOrYear(text)) {
            String rest = number.group(2) == null ? "" : number.group(2).strip();
            return Optional.of(new LabelledLine(number.group(1).replace(" ", ""), LabelStyle.NUMBER, rest, null));
        }
        Matcher decimal = DECIMAL.matcher(text);
        if (decimal.matches()) {
            String rest = decimal.group(2) == null ? "" : decimal.group(2).strip();
            return Optional.of(new LabelledLine(decimal.group(1).replace(" ", ""), LabelStyle.NUMBER, rest, null));
        }
        Matcher bullet = BULLET.matcher(text);
        if (bullet.matches()) {
            return Optional.of(new LabelledLine("", LabelStyle.BULLET, bullet.group(2).strip(), bullet.group(1)));
        }
        return Optional.empty();
    }

    /** Whether the label has decimals ("1.1"), which the reader accepts only where they continue the numbering. */
    boolean decimal() {
        return style == LabelStyle.NUMBER && label.contains(".");
    }

    /** Whether the decimal label was followed by a tab (or nothing), as Word writes labels. */
    static boolean tabbed(String text) {
        Matcher decimal = DECIMAL.matcher(text);
        return decimal.matches() && (decimal.group(2) == null || decimal.group(2).startsWith("\t"));
    }

    /** The line as a sub-item, with its marker or label as written: "– text", "i) text", "1 text". */
    String asSubItem() {
        return switch (style) {
            case BULLET -> marker + " " + text;
            case LETTER -> label + ") " + text;
            case NUMBER -> label + " " + text;
        };
    }
}
