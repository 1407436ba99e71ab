package org.tsag.tracker.resolution.parse;

import java.util.List;

/**
 * A line with Word residue removed.
 *
 * @param text         the remaining text, stripped
 * @param markers      the footnote numbers referenced in the text ([footnoteRef:n])
 * @param footnotes    footnote texts completed on this line
 * @param openFootnote a footnote text that starts on this line and goes on in the next ones, or null
 */
record CleanLine(String text, List<Integer> markers, List<Footnote> footnotes, Footnote openFootnote) {

    boolean hasFootnoteText() {
        return !footnotes.isEmpty() || openFootnote != null;
    }
}
