package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks through a plain text for {@link ChangeEvidence}: the signs that Word's export flattened tracked
 * changes into it. Without any, the text is read as clean: no label is taken for two, no heading is
 * split, and no clause comes out deleted or inserted.
 */
final class ChangeEvidenceScan {

    private static final Pattern MARKER = Pattern.compile("^(?:MOD|ADD|SUP)(?:\\h.*)?$");
    private static final Pattern HEADER_MARKER = Pattern.compile("^(?:MOD|ADD|SUP)\\h+RESOLUTION\\b.*$", Pattern.CASE_INSENSITIVE);
    // "Hammamet, 2016New Delhi, 2024": a year run into the next place.
    private static final Pattern JOINED_YEARS = Pattern.compile("\\p{L},\\h*\\d{4}\\p{Lu}[\\p{L}'’\\-]*(?:\\h+\\p{Lu}[\\p{L}'’\\-]*){0,3},\\h*\\d{4}");
    // "(Rev. Bueno AiresDubai, 20174)": a citation whose year holds two last digits side by side.
    private static final Pattern JOINED_YEAR_DIGITS = Pattern.compile("\\(\\h*(?:Rev\\.\\h*)?\\p{L}[\\p{L}\\h.'’\\-]*,\\h*(?:1[89]|2[01])\\d(\\d)(\\d)\\h*\\)");
    private static final int MAX_LINE = 5_000;

    private ChangeEvidenceScan() {
    }

    private static boolean hasJoinedYearDigits(String text) {
        if (text.indexOf('(') < 0) {
            return false;
        }
        Matcher year = JOINED_YEAR_DIGITS.matcher(text);
        while (year.find()) {
            if (!year.group(1).equals(year.group(2))) {
                return true;
            }
        }
        return false;
    }

    static List<ChangeEvidence> scan(List<String> lines) {
        List<ChangeEvidence> found = new ArrayList<>();
        String previousLetter = null;
        int previousNumber = 0;
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String raw = lines.get(i);
            if (raw.isBlank() || raw.length() > MAX_LINE) {
                continue;
            }
            String text = WordResidue.clean(raw).text();
            if (MARKER.matcher(text).matches() || HEADER_MARKER.matcher(text).matches()) {
                found.add(new ChangeEvidence(line, "Line %d is a proposal's %s marker: the text may carry tracked changes."
                        .formatted(line, text.substring(0, 3))));
                continue;
            }
            if (hasDigitBeforeCapital(text) && JOINED_YEARS.matcher(text).find() || hasJoinedYearDigits(text)) {
                found.add(new ChangeEvidence(line, "Line %d runs two assemblies together (as a deleted and an inserted citation do)."
                        .formatted(line)));
            }
            boolean heading = SectionHeadings.recognize(text).isPresent();
            if (!heading && SectionHeadings.splitJoined(text).isPresent()) {
                found.add(new ChangeEvidence(line, "Line %d runs two headings together (as a deleted and an inserted heading do)."
                        .formatted(line)));
                previousLetter = null;
                previousNumber = 0;
                continue;
            }
            if (heading) {
                previousLetter = null;
                previousNumber = 0;
                continue;
            }
            Optional<LabelledLine> labelled = LabelledLine.read(text);
            if (labelled.isEmpty()) {
                continue;
            }
            String label = labelled.get().label();
            if (labelled.get().style() == LabelStyle.LETTER && label.matches("[a-z]+")) {
                if (doubledLetters(label, previousLetter)) {
                    found.add(doubled(line, label + ")"));
                }
                previousLetter = RomanNumeral.value(label) > 0 && label.length() > 1 ? previousLetter : label;
            } else if (labelled.get().style() == LabelStyle.NUMBER && label.matches("\\d{1,4}")) {
                int value = Integer.parseInt(label);
                if (doubledNumber(label, value, previousNumber)) {
                    found.add(doubled(line, label));
                }
                previousNumber = value;
            }
        }
        return found;
    }

    private static ChangeEvidence doubled(int line, String label) {
        return new ChangeEvidence(line, "Line %d has the label \"%s\", which reads as two labels run together (an old and a new one)."
                .formatted(line, label));
    }

    /** "cf)" or "dh)": two letters that are not a roman numeral and do not continue after "z)". */
    private static boolean doubledLetters(String label, String previous) {
        return label.length() == 2 && RomanNumeral.value(label) == 0 && !"z".equals(previous)
                && !(previous != null && previous.length() == 2 && previous.charAt(0) == 'a' && label.charAt(0) == 'a');
    }

    /** "46" after "5", "1011" after "9": out of sequence, and its second half continues the numbering. */
    private static boolean doubledNumber(String label, int value, int previous) {
        if (label.length() < 2 || value == previous + 1 || value == previous) {
            return false;
        }
        for (int split = 1; split < label.length(); split++) {
            String head = label.substring(0, split);
            String tail = label.substring(split);
            if (head.charAt(0) != '0' && tail.charAt(0) != '0' && Math.abs(Integer.parseInt(tail) - (previous + 1)) <= 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigitBeforeCapital(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
