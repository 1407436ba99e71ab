package org.tsag.tracker.resolution.parse;

import java.util.regex.Pattern;

/**
 * Lines that a PDF copy carries from its page headers and footers into the text: page numbers, dates
 * and times of the file, document and file names ("19.06.15", "CMR15/-E", "- 2/30 PP-02/56-E",
 * "D:\626080039.DOC (148092)"). They never hold lower-case words.
 */
final class PageFurniture {

    private static final Pattern DATE = Pattern.compile("^\\d{2}\\.\\d{2}\\.\\d{2}(?:\\d{2})?$");
    private static final Pattern PAGE_OF = Pattern.compile("^[-–]\\h*\\d{1,4}(?:/\\d{1,4})?\\h*[-–]?(?:\\h+\\S+)?$");
    private static final Pattern FILE = Pattern.compile("^[A-Z]:\\\\.*$");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9]*(?:[/\\-.][A-Z0-9]*)*\\d[A-Z0-9]*(?:[/\\-.][A-Z0-9]*)*$|^[A-Z0-9]+/[A-Z0-9/\\-.]*$");
    private static final Pattern PAGE = Pattern.compile("^(?:Page|page)\\h+\\d{1,4}(?:\\h+of\\h+\\d{1,4})?$");

    private PageFurniture() {
    }

    /** Lines that are page furniture wherever they stand (a lone page number is decided by the reader). */
    static boolean is(String text) {
        if (text.length() > 60 || text.chars().anyMatch(Character::isLowerCase) && !PAGE.matcher(text).matches()) {
            return false;
        }
        return DATE.matcher(text).matches() || PAGE_OF.matcher(text).matches() || FILE.matcher(text).matches()
                || CODE.matcher(text).matches() || PAGE.matcher(text).matches();
    }

    static boolean isLoneNumber(String text) {
        return text.length() <= 3 && !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }
}
