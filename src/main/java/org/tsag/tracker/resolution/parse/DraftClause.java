package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;

/** A clause while its lines are being read; its label is still as written. */
final class DraftClause {

    private final String writtenLabel;
    private final int line;
    private final List<String> textParts = new ArrayList<>();
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

    void appendText(String text) {
        textParts.add(text);
    }

    void addSubItem(String text, int romanValue) {
        subItems.add(text);
        lastRomanSubItem = romanValue;
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
