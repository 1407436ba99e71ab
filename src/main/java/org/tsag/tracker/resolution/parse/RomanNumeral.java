package org.tsag.tracker.resolution.parse;

import java.util.List;

/** Lower-case roman numerals as used for sub-items, i) to xii). */
final class RomanNumeral {

    private static final List<String> NUMERALS =
            List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");

    private RomanNumeral() {
    }

    /** @return 1 for "i" ... 12 for "xii", 0 if the text is not such a numeral */
    static int value(String text) {
        return NUMERALS.indexOf(text) + 1;
    }
}
