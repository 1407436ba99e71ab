package org.tsag.tracker.resolution.parse;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes section headings by ITU's heading grammar: a line that is only a preamble phrase (a
 * participle or adjective such as "considering", "recognizing further", "conscious", "bearing in
 * mind") or an operative verb phrase in the third person with its addressee ("resolves to instruct
 * TSAG", "requests the Secretary-General and instructs the Director of BDT", "draws the attention of
 * the next plenipotentiary conference"), or a numbered "SECTION 1" of the body. Headings are
 * lower-case in ITU texts, which keeps clause text from being taken for one. {@link #recognize} knows
 * the vocabulary of WTSA, WTDC, WRC and PP texts; {@link #probable} accepts any phrase of the same
 * grammar, for the reader to flag.
 */
final class SectionHeadings {

    private static final String PREAMBLE_PHRASES = String.join("|",
            "considering", "recogni[sz]ing", "noting", "bearing in mind", "recalling", "observing",
            "taking into account", "taking into consideration", "taking note", "emphasi[sz]ing", "aware",
            "convinced", "mindful", "acknowledging", "affirming", "reaffirming", "stressing", "underlining",
            "highlighting", "concerned", "deeply concerned", "welcoming", "reali[sz]ing", "keeping in mind",
            "having considered", "having noted", "having regard to", "guided by", "expressing appreciation",
            "appreciating", "believing", "committed", "conscious", "cogni[sz]ant", "reiterating", "alarmed",
            "desirous", "determined", "encouraged by", "inspired by", "in view of", "referring to",
            "expressing concern", "pleased", "satisfied", "confident", "seeking");
    private static final String PREAMBLE_MODIFIERS =
            "further|also|in particular|with appreciation|with satisfaction|with concern|with interest|moreover"
                    + "|in addition|with great concern|with deep concern|with gratitude|furthermore";
    private static final Pattern PREAMBLE = Pattern.compile(
            "^(?:further |also )?(?:" + PREAMBLE_PHRASES + ")(?: (?:" + PREAMBLE_MODIFIERS + "))*$");

    // "resolves" and "decides" name an addressee only through "to instruct X", "to invite X", ...
    private static final String RESOLVING_VERBS = "resolves|decides";
    private static final String ADDRESSING_VERBS = String.join("|",
            "encourages and invites", "instructs", "invites", "encourages", "requests", "urges", "calls upon",
            "calls on", "appeals to", "asks", "directs", "entrusts", "charges", "exhorts", "authori[sz]es",
            "draws the attention of", "expresses its appreciation to");
    private static final String STANDALONE_VERBS = "recommends|approves|endorses|adopts|agrees|declares|confirms|accepts";
    private static final String INFINITIVES = "instruct|invite|request|encourage|urge|ask|call upon|call on|direct"
            + "|authori[sz]e|entrust|charge|appeal to";
    private static final Pattern OPERATIVE = Pattern.compile("^(?:further )?(?:"
            + "(?:" + RESOLVING_VERBS + ")(?: (?:further|also))?(?: to (?:" + INFINITIVES + ")(?: further)?(?: (?<resolvedAddressee>.+))?)?"
            + "|(?:" + ADDRESSING_VERBS + ")(?: (?:further|also))?(?: (?<addressee>.+))?"
            + "|(?:" + STANDALONE_VERBS + ")(?: (?:further|also))?"
            + ")$");
    // "requests the Secretary-General and instructs the Director of BDT": one section, two addressees.
    private static final Pattern SECOND_VERB = Pattern.compile(
            ",?\\h+and\\h+(?:further\\h+)?(?:" + ADDRESSING_VERBS + "|(?:resolves|decides) to (?:" + INFINITIVES + "))\\h+");

    // " to consider", " to report": the infinitive that starts what an addressee is asked to do (" to the", " to all" may be a name's)
    private static final Pattern CLAUSE_START = Pattern.compile(
            ",?\\h+to\\h+(?!(?:the|all|a|an|its|their|each|any|other|those|whom|which)\\b)\\p{Ll}");

    private static final Pattern STARTS_LIKE_HEADING = Pattern.compile("^(?:further |also |" + PREAMBLE_PHRASES + "|"
            + RESOLVING_VERBS + "|" + ADDRESSING_VERBS + "|" + STANDALONE_VERBS + ")");

    // The grammar without the vocabulary: a participle or adjective of up to six lower-case words, or a verb in "-s".
    private static final Pattern PROBABLE_PREAMBLE = Pattern.compile(
            "^(?:further |also |deeply |fully )?(?<word>\\p{Ll}{3,}ing|aware|conscious|convinced|mindful|concerned"
                    + "|cogni[sz]ant|desirous|determined|alarmed|encouraged|guided|inspired|grateful|anxious|persuaded)"
                    + "(?: [\\p{Ll}\\-]+){0,5}$");
    private static final Pattern PROBABLE_OPERATIVE = Pattern.compile(
            "^(?:further |also )?(?<word>\\p{Ll}{3,}s)(?: (?<addressee>(?:the |all |\\p{Lu}).+))?$");
    private static final Set<String> NOT_HEADING_WORDS = Set.of("including", "according", "following", "regarding",
            "concerning", "during", "being", "bearing", "nothing", "something", "anything", "everything", "notwithstanding",
            "pending", "accounting", "funding", "training", "building", "meeting", "networking", "standing",
            "as", "is", "was", "has", "its", "this", "thus", "plus", "less", "unless", "across", "towards", "various",
            "previous", "numerous", "always", "perhaps", "whereas", "does", "goes", "progress", "access", "process",
            "address", "business", "services", "countries", "members", "states", "groups", "others", "bureaux");

    private static final Pattern SECTION = Pattern.compile("^(?:SECTION|Section)\\h+(?:\\d{1,2}[A-Z]?|[IVX]{1,5})\\b(?:\\h*[–—:.\\-]?\\h*\\S.*)?$");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\h,:]+$");
    private static final Pattern SPACES = Pattern.compile("\\h+");
    private static final int MAX_HEADING_LENGTH = 300;
    private static final int MIN_GLUED_VERB_LENGTH = 7;

    private SectionHeadings() {
    }

    /** A heading of the known vocabulary. */
    static Optional<Heading> recognize(String line) {
        if (!mayBeHeading(line)) {
            return Optional.empty();
        }
        String text = normalize(line);
        if (!headingShaped(text)) {
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
            return Optional.of(new Heading(text, SectionKind.OPERATIVE, addressee == null ? null : secondVerbs(addressee.strip())));
        }
        return Optional.empty();
    }

    /** "SECTION 1", "Section 2 – Working methods": a numbered part of a resolution's operative body. */
    static Optional<Heading> section(String line) {
        if (!line.strip().regionMatches(true, 0, "section", 0, 7)) {
            return Optional.empty();
        }
        String text = SPACES.matcher(line.strip()).replaceAll(" ");
        if (text.length() > MAX_HEADING_LENGTH || !SECTION.matcher(text).matches() || text.endsWith(";")) {
            return Optional.empty();
        }
        return Optional.of(new Heading(text, SectionKind.OPERATIVE, null));
    }

    /**
     * A line that has the grammar of a heading but a phrase outside the known vocabulary
     * ("commissions the Secretary-General", "emphasizing further"). The reader confirms it from the
     * lines around it, and a person decides.
     */
    static Optional<Heading> probable(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_HEADING_LENGTH || !Character.isLowerCase(stripped.charAt(0))) {
            return Optional.empty();
        }
        String text = normalize(line);
        if (!headingShaped(text)) {
            return Optional.empty();
        }
        Matcher preamble = PROBABLE_PREAMBLE.matcher(text);
        if (preamble.matches() && !NOT_HEADING_WORDS.contains(preamble.group("word"))) {
            return Optional.of(new Heading(text, SectionKind.PREAMBLE, null, false));
        }
        Matcher operative = PROBABLE_OPERATIVE.matcher(text);
        if (operative.matches() && !NOT_HEADING_WORDS.contains(operative.group("word")) && !operative.group("word").endsWith("ss")
                && !operative.group("word").endsWith("us") && !operative.group("word").endsWith("is")) {
            String addressee = operative.group("addressee");
            return Optional.of(new Heading(text, SectionKind.OPERATIVE, addressee == null ? null : secondVerbs(addressee.strip()), false));
        }
        return Optional.empty();
    }

    /**
     * "the Secretary-General and instructs the Director of BDT" reads as "the Secretary-General and the Director of BDT";
     * "the Council to consider the report", a heading line that carries the start of its clause, as "the Council".
     */
    private static String secondVerbs(String addressee) {
        String parties = SECOND_VERB.matcher(addressee).replaceAll(" and ");
        Matcher clause = CLAUSE_START.matcher(parties);
        return clause.find() && clause.start() > 0 ? parties.substring(0, clause.start()) : parties;
    }

    private static boolean headingShaped(String text) {
        return !text.isEmpty() && text.length() <= MAX_HEADING_LENGTH && Character.isLowerCase(text.charAt(0))
                && !text.endsWith(";") && !text.endsWith(".");
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
