package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A clause while its lines are being read; its label is still as written. */
final class DraftClause {

    private static final Pattern ENDS_SENTENCE_PART = Pattern.compile(".*[.;:,!?)\\]”\"]\\h*$|.*[;,]\\h*(?:and|or)\\h*$");

    private final String writtenLabel;
    private final int line;
    private final List<String> textParts = new ArrayList<>();
    private boolean wrapped;
    private final List<String> subItems = new ArrayList<>();
    private final List<String> footnotes = new ArrayList<>();
    private final List<Integer> markers = new ArrayList<>();
    private int lastRomanSubItem;

    /** @param writtenLabel null for an unnumbered clause */
    DraftClause(String writtenLabel, int line, String text) {
        this.writtenLabel = writtenLabel;
        this.line = line;
        if (!text.isEmpty()) {
            textParts.add(text);
        }
    }

    String writtenLabel() {
        return writtenLabel;
    }

    int line() {
        return line;
    }

    boolean hasText() {
        return !textParts.isEmpty();
    }

    boolean hasSubItems() {
        return !subItems.isEmpty();
    }

    void appendText(String text) {
        textParts.add(text);
    }

    /**
     * Whether the last line read into this clause stops mid-sentence, as a line of a PDF copy does
     * where the page wrapped the paragraph (or a label stands alone on its line).
     */
    boolean endsMidSentence() {
        List<String> parts = subItems.isEmpty() ? textParts : subItems;
        if (parts.isEmpty()) {
            return subItems.isEmpty();
        }
        return !ENDS_SENTENCE_PART.matcher(parts.get(parts.size() - 1)).matches();
    }

    /**
     * Whether the last line read into this clause ends with a comma in text already wrapped over lines
     * (a label alone on its line, or a line joined as wrapped): a narrow copy, not one paragraph a line.
     */
    boolean endsWithCommaInWrappedText() {
        List<String> parts = subItems.isEmpty() ? textParts : subItems;
        return wrapped && !parts.isEmpty() && parts.get(parts.size() - 1).stripTrailing().endsWith(",");
    }

    /** Joins a wrapped line to the last line read (a hyphen at a line end before a lower-case word is taken as hyphenation). */
    void continueLine(String text) {
        wrapped = true;
        List<String> parts = subItems.isEmpty() ? textParts : subItems;
        if (parts.isEmpty()) {
            parts.add(text);
            return;
        }
        String last = parts.get(parts.size() - 1);
        String joined = last.endsWith("-") && last.length() > 1 && Character.isLetter(last.charAt(last.length() - 2))
                && !text.isEmpty() && Character.isLowerCase(text.charAt(0))
                ? last.substring(0, last.length() - 1) + text
                : last + " " + text;
        parts.set(parts.size() - 1, joined);
    }

    void addSubItem(String text, int romanValue) {
        subItems.add(text);
        lastRomanSubItem = romanValue;
    }

    /** Text after the sub-items (the end of the clause's sentence): kept after them, in reading order. */
    void addTail(String text) {
        subItems.add(text);
        lastRomanSubItem = 0;
    }

    /** The value of the last sub-item if it was roman-numbered (ii = 2), else 0. */
    int lastRomanSubItem() {
        return lastRomanSubItem;
    }

    void addMarkers(List<Integer> numbers) {
        markers.addAll(numbers);
    }

    boolean references(int footnote) {
        return markers.contains(footnote);
    }

    void addFootnote(String text) {
        footnotes.add(text);
    }

    /** Cuts a footnote mark stuck to a word ("developing1 and" becomes "developing and"). */
    void removeMark(int number) {
        Pattern mark = Pattern.compile("(?<=\\p{Ll}\\p{Ll})" + number + "(?=[\\h,;.:)]|$)");
        for (List<String> parts : List.of(textParts, subItems)) {
            for (int i = 0; i < parts.size(); i++) {
                String cut = mark.matcher(parts.get(i)).replaceFirst("");
                if (!cut.equals(parts.get(i))) {
                    parts.set(i, cut);
                    return;
                }
            }
        }
    }

    String text() {
        return String.join("\n", textParts);
    }

    List<String> subItems() {
        return subItems;
    }

    List<String> footnotes() {
        return footnotes;
    }
}
