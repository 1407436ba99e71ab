package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads assembly citations such as "Rev. New Delhi, 2024" or a history line
 * "(Johannesburg, 2008; Dubai, 2012)". A flattened tracked change shows up as two citations run
 * together, "Hammamet, 2016New Delhi, 2024", which this class returns as two references.
 */
final class RevisionText {

    private static final Pattern REV_PREFIX = Pattern.compile("^(?i:rev)\\.?\\h*");
    private static final Pattern PLACE_YEAR = Pattern.compile("(\\p{L}[\\p{L}\\h.'’\\-]*?),\\h*(\\d{4})(?!\\d)");
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
            refs.add(new RevisionRef(pair.group(1).strip(), Integer.parseInt(pair.group(2))));
            pos = pair.end();
        }
        if (!SEPARATORS.matcher(rest.substring(pos)).matches()) {
            return List.of();
        }
        return refs;
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
