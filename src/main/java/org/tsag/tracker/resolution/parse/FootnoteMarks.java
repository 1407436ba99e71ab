package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnote marks in a clean text or a PDF copy, where a footnote is a digit stuck to a word
 * ("developing1") or after the history line's bracket ("(Hammamet, 2016)1, 1bis"), and its text is a
 * later line starting with the same number ("1 These include ..."). A mark in clause text is taken as
 * one only when its footnote text is found, so "IPv6" and the like keep their digits.
 */
final class FootnoteMarks {

    /** A digit stuck to the end of a lower-case word, inside or at the end of a line. */
    static final Pattern IN_TEXT = Pattern.compile("(?<=\\p{Ll}\\p{Ll})(\\d{1,2})(?=[\\h,;.:)]|$)");
    private static final Pattern FOOTNOTE_TEXT = Pattern.compile("^(\\d{1,2})(?:\\t|\\h+)(\\p{Lu}.*)$");

    /** Where a pending mark was seen: the clause it belongs to, or null for the title or history line. */
    private final Map<Integer, DraftClause> pending = new LinkedHashMap<>();
    private final Map<Integer, Integer> pendingLines = new LinkedHashMap<>();
    private final List<String> resolutionFootnotes = new ArrayList<>();

    /** Marks cut from the title or history line. */
    void expectForResolution(int number, int line) {
        pending.put(number, null);
        pendingLines.put(number, line);
    }

    /** Possible marks in a clause's line, confirmed only if their footnote text follows. */
    void expectIn(DraftClause clause, String text, int line) {
        if (text.length() > 10_000) {
            return;
        }
        Matcher mark = IN_TEXT.matcher(text);
        while (mark.find()) {
            int number = Integer.parseInt(mark.group(1));
            pending.put(number, clause);
            pendingLines.put(number, line);
        }
    }

    boolean isPending(int number) {
        return pending.containsKey(number);
    }

    /** @return the number and text if the line is the text of a pending footnote, else null */
    static Matcher footnoteText(String text) {
        Matcher matcher = FOOTNOTE_TEXT.matcher(text);
        return matcher.matches() ? matcher : null;
    }

    /** Attaches a footnote's text to the clause (or the resolution) whose mark it answers. */
    void resolve(int number, String text) {
        DraftClause owner = pending.remove(number);
        pendingLines.remove(number);
        if (owner == null) {
            resolutionFootnotes.add(text);
        } else {
            owner.addFootnote(text);
            owner.removeMark(number);
        }
    }

    List<String> resolutionFootnotes() {
        return resolutionFootnotes;
    }
}
