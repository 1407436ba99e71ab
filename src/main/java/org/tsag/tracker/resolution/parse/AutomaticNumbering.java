package org.tsag.tracker.resolution.parse;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes Word's automatic list numbers into the text, so that a paragraph numbered by Word reads like
 * one whose label was typed ("3\t..."). ITU documents type their labels, but not every editor does.
 * The previous and the new revision are counted separately, because a deleted paragraph takes a
 * number only in the previous one.
 */
final class AutomaticNumbering {

    private final Map<String, Integer> oldCounters = new HashMap<>();
    private final Map<String, Integer> newCounters = new HashMap<>();

    /** @throws IllegalStateException saying what is wrong when the paragraph's numbering cannot be read */
    DocxText.Paragraph prefix(XWPFParagraph paragraph, DocxText.Paragraph text) {
        try {
            return numbered(paragraph, text);
        } catch (RuntimeException e) {
            // POI throws on ids that are not numbers and on references to list definitions that do not exist
            throw new IllegalStateException("its list numbering (in the part word/numbering.xml) refers to a list that is missing or not valid");
        }
    }

    private DocxText.Paragraph numbered(XWPFParagraph paragraph, DocxText.Paragraph text) {
        BigInteger numId = paragraph.getNumID();
        String format = numId == null ? null : paragraph.getNumFmt();
        if (format == null) {
            return text;
        }
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        String pattern = paragraph.getNumLevelText();
        String oldLabel = text.oldText().isBlank() ? "" : label(format, pattern, next(oldCounters, numId, level));
        String newLabel = text.newText().isBlank() ? "" : label(format, pattern, next(newCounters, numId, level));
        return text.withLabels(oldLabel, newLabel);
    }

    /** Counts one more item at a level; the levels below it start again, as in Word. */
    private static int next(Map<String, Integer> counters, BigInteger numId, int level) {
        counters.keySet().removeIf(key -> key.startsWith(numId + ":") && Integer.parseInt(key.substring(key.indexOf(':') + 1)) > level);
        return counters.merge(numId + ":" + level, 1, Integer::sum);
    }

    /** The bullet characters a list level may write, as the text reader knows them (LabelledLine's bullets). */
    private static final String BULLETS = "–—-•·▪◦\u2212\u25CF\u2023\u25A0";

    private static String label(String format, String pattern, int count) {
        String number = switch (format) {
            case "bullet" -> null;
            case "lowerLetter" -> letters(count);
            case "upperLetter" -> letters(count).toUpperCase();
            case "lowerRoman" -> roman(count);
            case "upperRoman" -> roman(count).toUpperCase();
            default -> String.valueOf(count);
        };
        if (number == null) {
            // A bullet keeps the list's own marker when it is a printable one ("•", "–"); a Symbol-font
            // character (private use, as "\uF0B7") or a missing one is written as a dash.
            return pattern != null && pattern.strip().length() == 1 && BULLETS.indexOf(pattern.strip().charAt(0)) >= 0
                    ? pattern.strip() + "\t" : "–\t";
        }
        String written = pattern == null ? number : pattern.replaceAll("%\\d", number);
        return written + "\t";
    }

    private static String letters(int count) {
        return String.valueOf((char) ('a' + (count - 1) % 26)).repeat((count - 1) / 26 + 1);
    }

    private static String roman(int count) {
        String[] numerals = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder out = new StringBuilder();
        int rest = count;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(numerals[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
