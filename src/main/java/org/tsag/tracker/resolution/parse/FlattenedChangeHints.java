package org.tsag.tracker.resolution.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots changes inside clause text that a flattened export cannot show reliably: two assembly
 * citations run together ("Dubai, 2012New Delhi, 2024") and figures whose old and new digits
 * merged ("over 520700 Sector Members"). The text is kept as written; the user is warned.
 */
final class FlattenedChangeHints {

    private static final String PLACE = "\\p{Lu}[\\p{L}'’\\-]*(?:\\h+\\p{Lu}[\\p{L}'’\\-]*)*";
    private static final Pattern JOINED_CITATION =
            Pattern.compile("(" + PLACE + "),\\h*(\\d{4})(" + PLACE + "),\\h*(\\d{4})(?!\\d)");
    // Five to eight digits: too long for a year, typical of "520" and "700" run together.
    // Digits after a letter, dot or slash are document numbers (X.12345), not figures.
    private static final Pattern JOINED_FIGURE = Pattern.compile("(?<![\\p{L}\\d.,/\\-])(\\d{5,8})(?!\\d)");

    private FlattenedChangeHints() {
    }

    static void check(int line, String text, ParseLog log) {
        if (!hasDigitBeforeCapital(text) && !hasDigitRun(text, 5)) {
            return;
        }
        Matcher citation = JOINED_CITATION.matcher(text);
        while (citation.find()) {
            log.warn(line, "Line %d: \"%s\" looks like a changed citation (%s, %s → %s, %s); the text keeps both. Please check."
                    .formatted(line, citation.group(), citation.group(1), citation.group(2), citation.group(3), citation.group(4)));
        }
        Matcher figure = JOINED_FIGURE.matcher(text);
        while (figure.find()) {
            log.warn(line, "Line %d: the number \"%s\" may be a changed figure (perhaps %s); the text keeps it as written. Please check."
                    .formatted(line, figure.group(1), possibleSplits(figure.group(1))));
        }
    }

    // Cheap scans that spare the regular expressions on the many lines without any change sign.
    private static boolean hasDigitBeforeCapital(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigitRun(String text, int length) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    private static String possibleSplits(String digits) {
        int half = digits.length() / 2;
        String even = digits.substring(0, half) + " → " + digits.substring(half);
        if (digits.length() % 2 == 0) {
            return even;
        }
        return even + " or " + digits.substring(0, half + 1) + " → " + digits.substring(half + 1);
    }
}
