package org.tsag.tracker.resolution.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that starts with an item label ("a)", "12", "–") and the text after it. The label is
 * kept as written: "cf" or "610" may be two labels joined by a flattened tracked change.
 */
record LabelledLine(String label, LabelStyle style, String text) {

    // Two letters for joined labels like "cf"; up to four only for roman numerals like "viii".
    private static final Pattern LETTER = Pattern.compile("^([a-z]{1,4})\\)\\h*(.*)$");
    // Up to four digits for joined labels like "1011"; the separator keeps "2.5 million" out.
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,4})[.)]?(?:\\h+(.*))?$");
    private static final Pattern BULLET = Pattern.compile("^[–—\\-•·▪◦]\\h+(.*)$");

    static Optional<LabelledLine> read(String text) {
        Matcher letter = LETTER.matcher(text);
        if (letter.matches() && (letter.group(1).length() <= 2 || RomanNumeral.value(letter.group(1)) > 0)) {
            return Optional.of(new LabelledLine(letter.group(1), LabelStyle.LETTER, letter.group(2).strip()));
        }
        Matcher number = NUMBER.matcher(text);
        if (number.matches()) {
            String rest = number.group(2) == null ? "" : number.group(2).strip();
            return Optional.of(new LabelledLine(number.group(1), LabelStyle.NUMBER, rest));
        }
        Matcher bullet = BULLET.matcher(text);
        if (bullet.matches()) {
            return Optional.of(new LabelledLine("", LabelStyle.BULLET, bullet.group(1).strip()));
        }
        return Optional.empty();
    }

    /** The line as a sub-item: bullets lose their marker, enumerated ones keep their label. */
    String asSubItem() {
        return switch (style) {
            case BULLET -> text;
            case LETTER -> label + ") " + text;
            case NUMBER -> label + " " + text;
        };
    }
}
