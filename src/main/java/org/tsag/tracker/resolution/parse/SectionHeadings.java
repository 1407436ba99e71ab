package org.tsag.tracker.resolution.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes section headings: a line that is only a preamble phrase ("considering",
 * "recognizing further") or an operative verb phrase with its addressee ("resolves to instruct
 * TSAG"). Headings are lower-case in ITU texts, which keeps clause text from being taken for one.
 */
final class SectionHeadings {

    private static final String PREAMBLE_PHRASES = String.join("|",
            "considering", "recogni[sz]ing", "noting", "bearing in mind", "recalling", "observing",
            "taking into account", "taking into consideration", "taking note", "emphasi[sz]ing", "aware",
            "convinced", "mindful", "acknowledging", "affirming", "reaffirming", "stressing", "underlining",
            "highlighting", "concerned", "deeply concerned", "welcoming", "reali[sz]ing", "keeping in mind",
            "having considered", "having noted", "having regard to", "guided by", "expressing appreciation",
            "appreciating", "believing", "committed");
    private static final String PREAMBLE_MODIFIERS =
            "further|also|in particular|with appreciation|with satisfaction|with concern|with interest";
    private static final Pattern PREAMBLE = Pattern.compile(
            "^(?:further )?(?:" + PREAMBLE_PHRASES + ")(?: (?:" + PREAMBLE_MODIFIERS + "))*$");

    // "resolves" and "decides" name an addressee only through "to instruct X", "to invite X", ...
    private static final String RESOLVING_VERBS = "resolves|decides";
    private static final String ADDRESSING_VERBS = String.join("|",
            "encourages and invites", "instructs", "invites", "encourages", "requests", "urges", "calls upon",
            "calls on", "appeals to", "asks", "directs", "entrusts", "charges", "exhorts");
    private static final String STANDALONE_VERBS = "recommends|approves|endorses|adopts|agrees|declares";
    private static final String INFINITIVES = "instruct|invite|request|encourage|urge|ask|call upon|call on|direct";
    private static final Pattern OPERATIVE = Pattern.compile("^(?:further )?(?:"
            + "(?:" + RESOLVING_VERBS + ")(?: (?:further|also))?(?: to (?:" + INFINITIVES + ")(?: further)?(?: (?<resolvedAddressee>.+))?)?"
            + "|(?:" + ADDRESSING_VERBS + ")(?: (?:further|also))?(?: (?<addressee>.+))?"
            + "|(?:" + STANDALONE_VERBS + ")(?: (?:further|also))?"
            + ")$");

    private static final Pattern STARTS_LIKE_HEADING = Pattern.compile("^(?:further |" + PREAMBLE_PHRASES + "|"
            + RESOLVING_VERBS + "|" + ADDRESSING_VERBS + "|" + STANDALONE_VERBS + ")");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\h,:]+$");
    private static final Pattern SPACES = Pattern.compile("\\h+");
    private static final int MAX_HEADING_LENGTH = 300;
    private static final int MIN_GLUED_VERB_LENGTH = 7;

    private SectionHeadings() {
    }

    static Optional<Heading> recognize(String line) {
        if (!mayBeHeading(line)) {
            return Optional.empty();
        }
        String text = normalize(line);
        if (text.isEmpty() || text.length() > MAX_HEADING_LENGTH || !Character.isLowerCase(text.charAt(0))
                || text.endsWith(";") || text.endsWith(".")) {
            return Optional.empty();
        }
        if (PREAMBLE.matcher(text).matches()) {
            return Optional.of(new Heading(text, SectionKind.PREAMBLE, null));
        }
        Matcher operative = OPERATIVE.matcher(text);
        if (operative.matches()) {
            String addressee = operative.group("addressee") != null
                    ? operative.group("addressee")
                    : operative.group("resolvedAddressee");
            return Optional.of(new Heading(text, SectionKind.OPERATIVE, addressee == null ? null : addressee.strip()));
        }
        return Optional.empty();
    }

    /**
     * Splits a line where Word's export ran an old and a new heading together, like
     * "recognizingconsidering" or "instructs TSBinvites Member States".
     *
     * @return the two headings in the order written, or empty if the line is not two headings
     */
    static Optional<Heading[]> splitJoined(String line) {
        if (!mayBeHeading(line)) {
            return Optional.empty();
        }
        String text = normalize(line);
        if (text.length() > MAX_HEADING_LENGTH || !STARTS_LIKE_HEADING.matcher(text).lookingAt()) {
            return Optional.empty();
        }
        boolean alsoOneHeading = recognize(text).isPresent();
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i))
                    && (!alsoOneHeading || clearlyGlued(text, i))) {
                Optional<Heading> first = recognize(text.substring(0, i));
                Optional<Heading> second = first.isPresent() ? recognize(text.substring(i)) : Optional.empty();
                if (second.isPresent()) {
                    return Optional.of(new Heading[] {first.get(), second.get()});
                }
            }
        }
        return Optional.empty();
    }

    /**
     * When the whole line also reads as one heading with a long addressee, a split inside a word must
     * be unmistakable: after a capital ("TSBinvites") or before a long verb ("Statesencourages"), not
     * a short ending of an ordinary word ("tasks" is not "t" + "asks").
     */
    private static boolean clearlyGlued(String text, int split) {
        if (Character.isUpperCase(text.charAt(split - 1))) {
            return true;
        }
        int wordEnd = text.indexOf(' ', split);
        String verb = wordEnd < 0 ? text.substring(split) : text.substring(split, wordEnd);
        return verb.length() >= MIN_GLUED_VERB_LENGTH;
    }

    /** A cheap first test, since every line of a text is tried as a heading. */
    private static boolean mayBeHeading(String line) {
        String text = line.strip();
        return !text.isEmpty() && text.length() <= MAX_HEADING_LENGTH * 2 && Character.isLowerCase(text.charAt(0))
                && STARTS_LIKE_HEADING.matcher(text).lookingAt();
    }

    private static String normalize(String line) {
        return TRAILING_PUNCTUATION.matcher(SPACES.matcher(line.strip()).replaceAll(" ")).replaceAll("");
    }
}
