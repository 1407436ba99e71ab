package org.tsag.tracker.resolution.parse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text that has no resolution header but is headed as another kind of ITU document: a decision,
 * a recommendation or an opinion of a conference, or a resolution of a Sector's own assembly numbered
 * "ITU-R 15-6". The tracker reads the resolutions of WTSA, WTDC, WRC and the Plenipotentiary
 * Conference, whose headers give a number with the place and year of the assembly; these others have
 * no such header, so they are refused, but with a message that names the line and what it is, instead
 * of "no header found" for a text whose header is plainly there.
 */
record OtherDocument(int line, String header, String kind) {

    private static final Pattern HEADED = Pattern.compile(
            "^(?:(?:MOD|ADD|SUP)\\h+)?(?:DRAFT\\h+)?(?:NEW\\h+)?(?<kind>DECISION|RECOMMENDATION|OPINION)\\h+"
                    + "(?:ITU[-\u2010\u2011]?[TRD]\\h+)?[A-Z]?\\.?\\[?\\d{1,4}[A-Z]?(?:[.\\-]\\d{1,3})*\\]?(?:\\h*\\([^()]{0,80}\\))?.{0,200}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECTOR_RESOLUTION = Pattern.compile(
            "^(?:(?:MOD|ADD|SUP)\\h+)?(?:DRAFT\\h+)?RESOLUTION\\h+ITU[-\u2010\u2011]?(?<sector>[TRD])\\h+\\d{1,4}(?:-\\d{1,3})?\\b.{0,200}$",
            Pattern.CASE_INSENSITIVE);
    /** Only the first lines are looked at: a header stands before the body, and the body cites other documents. */
    private static final int LOOKAHEAD = 60;

    /** The first line among the first ones that heads another kind of document, if any. */
    static Optional<OtherDocument> find(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), LOOKAHEAD); i++) {
            String text = WordResidue.clean(lines.get(i)).text().strip().replaceAll("\\h+", " ");
            Matcher headed = HEADED.matcher(text);
            if (headed.matches() && startsUpperCase(text)) {
                return Optional.of(new OtherDocument(i + 1, text, headed.group("kind").toLowerCase(Locale.ROOT)));
            }
            Matcher sector = SECTOR_RESOLUTION.matcher(text);
            if (sector.matches()) {
                return Optional.of(new OtherDocument(i + 1, text, "ITU-" + sector.group("sector").toUpperCase(Locale.ROOT)
                        + " resolution"));
            }
        }
        return Optional.empty();
    }

    /** "Decision 3 (...)" or "DECISION 3": a heading, not a sentence of the body that starts "decision 3 of ...". */
    private static boolean startsUpperCase(String text) {
        return Character.isUpperCase(text.charAt(0));
    }

    /** The message for a person: what the header line is, and what the tracker reads instead (the line goes with the exception). */
    String message() {
        return ("\"%s\" heads %s %s, not a resolution the tracker reads: it reads the resolutions of WTSA, WTDC, WRC "
                + "and the Plenipotentiary Conference, with a header such as \"RESOLUTION 68 (Rev. New Delhi, 2024)\".")
                .formatted(shorten(header), article(kind), kind);
    }

    private static String article(String kind) {
        return kind.startsWith("ITU") || kind.startsWith("o") ? "an" : "a";
    }

    private static String shorten(String header) {
        return header.length() <= 80 ? header : header.substring(0, 79) + "…";
    }
}
