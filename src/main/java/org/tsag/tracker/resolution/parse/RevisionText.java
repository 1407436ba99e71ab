package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads assembly citations such as "Rev. New Delhi, 2024" or a history line
 * "(Johannesburg, 2008; Dubai, 2012)". A flattened tracked change shows up as two citations run
 * together, "Hammamet, 2016New Delhi, 2024", which this class returns as two references. Where only
 * the differing letters and digits were flattened side by side, "Bueno AiresDubai, 20174" (Dubai, 2014
 * changed to Buenos Aires, 2017), the two years share their first three digits and the two places meet
 * where a lower-case letter runs into a capital; the earlier year is read as the previous revision.
 */
final class RevisionText {

    private static final Pattern REV_PREFIX = Pattern.compile("^(?i:rev)\\.?\\h*");
    private static final Pattern PLACE_YEAR = Pattern.compile("(\\p{L}[\\p{L}\\h.'’\\-]*?),\\h*(\\d{4,5})(?!\\d)");
    /** "Bueno AiresDubai": the one place where a lower-case letter runs into a capital. */
    private static final Pattern JOINED_PLACES = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern SEPARATORS = Pattern.compile("[\\h;,]*");
    private static final Pattern PARENTHESIZED = Pattern.compile("^\\((.*)\\)\\h*[.,;]?$");

    private RevisionText() {
    }

    /**
     * @param text "Rev. Hammamet, 2016New Delhi, 2024" or "New Delhi, 2024"
     * @return the citations in order of appearance; empty if the text is anything else
     */
    static List<RevisionRef> read(String text) {
        String rest = REV_PREFIX.matcher(text.strip()).replaceFirst("");
        Matcher pair = PLACE_YEAR.matcher(rest);
        List<RevisionRef> refs = new ArrayList<>();
        int pos = 0;
        while (pair.find()) {
            if (!SEPARATORS.matcher(rest.substring(pos, pair.start())).matches()) {
                return List.of();
            }
            if (pair.group(2).length() == 4) {
                refs.add(new RevisionRef(pair.group(1).strip(), Integer.parseInt(pair.group(2))));
            } else {
                List<RevisionRef> joined = joined(pair.group(1).strip(), pair.group(2));
                if (joined.isEmpty()) {
                    return List.of();
                }
                refs.addAll(joined);
            }
            pos = pair.end();
        }
        if (!SEPARATORS.matcher(rest.substring(pos)).matches()) {
            return List.of();
        }
        return refs;
    }

    /**
     * "Bueno AiresDubai, 20174": two citations whose differing parts were flattened side by side. The
     * years are the first three digits with either of the last two; the earlier is the previous
     * revision. The places are split where a lower-case letter runs into a capital, the first written
     * taken as the previous one (deleted text comes first in Word's export); a place that does not
     * split is the same in both.
     *
     * @return the previous and the new citation, or empty if the digits and letters do not read so
     */
    static List<RevisionRef> joined(String place, String digits) {
        int a = Integer.parseInt(digits.substring(0, 3) + digits.charAt(3));
        int b = Integer.parseInt(digits.substring(0, 3) + digits.charAt(4));
        if (a == b || Math.min(a, b) < 1865 || Math.max(a, b) > 2200) {
            return List.of();
        }
        String[] places = JOINED_PLACES.split(place, -1);
        if (places.length > 2) {
            return List.of();
        }
        String previousPlace = places[0].strip();
        String newPlace = places.length == 2 ? places[1].strip() : previousPlace;
        return List.of(new RevisionRef(previousPlace, Math.min(a, b)), new RevisionRef(newPlace, Math.max(a, b)));
    }

    /**
     * Reads a history line, one entry per ";"-separated citation.
     *
     * @return the entries, each a list of one citation (or two if a tracked change joined them);
     *     empty if the line is not a history line
     */
    static List<List<RevisionRef>> readHistory(String line) {
        Matcher parenthesized = PARENTHESIZED.matcher(line.strip());
        if (!parenthesized.matches()) {
            return List.of();
        }
        List<List<RevisionRef>> entries = new ArrayList<>();
        for (String item : parenthesized.group(1).split(";")) {
            List<RevisionRef> refs = read(item);
            if (refs.isEmpty()) {
                return List.of();
            }
            entries.add(refs);
        }
        return entries;
    }
}
