package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what Word's plain-text export leaves in a line: bookmarks, footnote reference markers and
 * footnote texts, which it writes inline as "[footnoteRef:1]" and "[1: 1\tThe footnote.]".
 */
final class WordResidue {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    // The export repeats the footnote number as plain text right after the marker ("countries[footnoteRef:1]1;").
    private static final Pattern MARKER = Pattern.compile("\\[footnoteRef:(\\d{1,4})\\](\\d{0,4})");
    private static final Pattern FOOTNOTE_START = Pattern.compile("\\[(\\d{1,4}):");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\h*(\\d{1,4})(?:\\h+|$)");

    private WordResidue() {
    }

    static CleanLine clean(String raw) {
        if (raw.indexOf('[') < 0) {
            // no bookmark, marker or footnote: the common line, spared the regular expressions
            return new CleanLine(raw.strip(), List.of(), List.of(), null);
        }
        String text = BOOKMARK.matcher(raw).replaceAll("");
        List<Footnote> footnotes = new ArrayList<>();
        Footnote open = null;
        StringBuilder kept = new StringBuilder();
        Matcher start = FOOTNOTE_START.matcher(text);
        int pos = 0;
        while (pos < text.length() && start.find(pos)) {
            kept.append(text, pos, start.start());
            int number = Integer.parseInt(start.group(1));
            int close = closingBracket(text, start.end());
            if (close < 0) {
                open = new Footnote(number, footnoteBody(number, text.substring(start.end())));
                pos = text.length();
            } else {
                footnotes.add(new Footnote(number, footnoteBody(number, text.substring(start.end(), close))));
                pos = close + 1;
            }
        }
        if (pos < text.length()) {
            kept.append(text.substring(pos));
        }
        List<Integer> markers = new ArrayList<>();
        String withoutMarkers = removeMarkers(kept.toString(), markers);
        return new CleanLine(withoutMarkers.strip(), markers, footnotes, open);
    }

    /**
     * Where a footnote text that started on an earlier line ends on this one.
     *
     * @return the index of the closing bracket, or -1 if the footnote goes on after this line
     */
    static int footnoteEnd(String line) {
        return closingBracket(line, 0);
    }

    private static String removeMarkers(String text, List<Integer> markers) {
        Matcher marker = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (marker.find()) {
            String number = marker.group(1);
            markers.add(Integer.parseInt(number));
            String after = marker.group(2);
            String keep = after.equals(number) ? "" : after;
            marker.appendReplacement(out, Matcher.quoteReplacement(keep));
        }
        marker.appendTail(out);
        return out.toString();
    }

    private static int closingBracket(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static String footnoteBody(int number, String body) {
        Matcher leading = LEADING_NUMBER.matcher(body);
        if (leading.find() && Integer.parseInt(leading.group(1)) == number) {
            body = body.substring(leading.end());
        }
        return body.strip();
    }
}
