package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines from "RESOLUTION 68 (Rev. New Delhi, 2024)" down to the assembly line: number,
 * revision, title (possibly wrapped), history and assembly line. Headers are written many ways:
 * "WTSA RESOLUTION 22 (Rev. Dubai, 2012)", "RESOLUTION 28 (REV.WRC-15)", "MOD RESOLUTION 1",
 * "Resolution 22 – title", or with the whole history in the bracket. A proposal for a new resolution
 * has no number yet but its proposer's reference: "ADD DRAFT RESOLUTION [SEN-1]", "DRAFT NEW RESOLUTION [EUR/10A25/2]";
 * a conference's draft, its committee's: "Resolution PLEN/7 (Marrakesh, 2002)". A narrow copy may wrap the
 * header over up to three lines ("Resolution" / "PLEN/7 (Marrakesh," / "2002)").
 */
final class HeaderReader {

    /** What the header lines say, and where the body starts (1-based line). */
    record Header(String number, RevisionRef revision, RevisionRef previousRevision, String title,
            List<RevisionRef> history, String assemblyLine, int bodyStart, List<String> footnotes) {
    }

    private static final Pattern HEADER = Pattern.compile(
            "^(?:(?:MOD|ADD|SUP)\\h+)?(?:(?:WTSA|WTDC|PP|WRC|RA|ITU-[TRD])[\\h\\-]+)?(?:DRAFT\\h+)?(?:(?:NEW|REVISED)\\h+)?"
                    + "RESOLUTION\\h+(?<number>\\d{1,4}[A-Z]?|\\[[A-Z][A-Z0-9/.\\-]{1,18}\\]|[A-Z]{2,6}\\d{0,2}/\\d{1,3})\\h*(?:\\((?<rev>[^()]*)\\))?"
                    + "(?:\\h*[–—:\\-]\\h*(?<title>\\S.{0,500}?))?\\h*$",
            Pattern.CASE_INSENSITIVE);
    // "Resolution" / "PLEN/7 (Marrakesh," : the start of a header wrapped onto the next lines.
    private static final Pattern HEADER_START = Pattern.compile(
            "^(?:(?:MOD|ADD|SUP)\\h+)?(?:DRAFT\\h+)?(?:NEW\\h+)?RESOLUTION(?:\\h+\\S{1,20}(?:\\h*\\([^()]{0,80})?)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSEMBLY = Pattern.compile(
            "^(The\\h.*\\b(?:Assembly|Conference|Council)\\b.*?)\\h*\\(([^()]*)\\)\\h*([,:;]?)\\h*$",
            Pattern.CASE_INSENSITIVE);
    // "REV.WRC-15", "WRC-12", "Rev. PP-18": a conference's code, which gives the year only.
    private static final Pattern CONFERENCE_CODE = Pattern.compile("^(?i:rev\\.?\\h*)?(?<code>WRC|RA|WTSA|WTDC|PP|CMR)-?(?<yy>\\d{2})\\*?$");
    // "developing1", "Countries2": a mark stuck to an ordinary word (lower-case, or capitalized), never to "IPv6".
    private static final Pattern TITLE_MARKS = Pattern.compile(
            "(?<=(?<![\\p{L}\\d])\\p{L}\\p{Ll}{1,40})(\\d{1,2}(?:bis|ter)?(?:\\h*,\\h*\\d{1,2}(?:bis|ter)?)*)$");
    private static final Pattern HISTORY_MARKS = Pattern.compile("^(\\(.*\\))\\h*(\\d{1,2}(?:bis|ter)?(?:\\h*,\\h*\\d{1,2}(?:bis|ter)?)*)\\h*([.,;]?)$");
    private static final Pattern MARK_NUMBER = Pattern.compile("\\d{1,2}(?![\\p{L}\\d])");
    private static final int MAX_FRONT_LINE = 2_000;
    private static final int MAX_ASSEMBLY_LINES = 4;
    private static final int HEADER_LOOKAHEAD = 200;

    private final List<String> lines;
    private final ParseLog log;
    private final FootnoteMarks marks;

    HeaderReader(List<String> lines, ParseLog log, FootnoteMarks marks) {
        this.lines = lines;
        this.log = log;
        this.marks = marks;
    }

    /** Whether a line (with Word residue removed) is a resolution header. */
    static boolean isHeader(String text) {
        return text.length() <= 600 && HEADER.matcher(text).matches();
    }

    /**
     * The header line to read: the first one, unless the same resolution's header comes again before
     * any assembly line or heading (a published copy's cover says "Resolution 54 – title" before the
     * text itself starts with "RESOLUTION 54"; a proposal's cover may list "1) ..." before it).
     *
     * @return the 1-based line, or 0 if there is none
     */
    static int find(List<String> lines) {
        int found = 0;
        String number = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = WordResidue.clean(lines.get(i)).text();
            if (found > 0 && (i + 1 - found > HEADER_LOOKAHEAD || startsSection(text) || ASSEMBLY.matcher(text).matches())) {
                return found;
            }
            int span = headerSpan(lines, i);
            if (span > 0) {
                Matcher header = HEADER.matcher(headerText(lines, i, span));
                header.matches();
                if (found == 0 || header.group("number").equalsIgnoreCase(number)) {
                    found = i + 1;
                    number = header.group("number");
                }
                i += span - 1;
            }
        }
        return found;
    }

    /** @return how many lines the header at this 0-based line takes: 1, 2 or 3 if wrapped, 0 if it is none */
    private static int headerSpan(List<String> lines, int i) {
        String text = WordResidue.clean(lines.get(i)).text();
        if (isHeader(text)) {
            return 1;
        }
        if (!HEADER_START.matcher(text).matches()) {
            return 0;
        }
        for (int span = 2; span <= 3 && i + span <= lines.size(); span++) {
            String joined = headerText(lines, i, span);
            if (isHeader(joined) && HEADER.matcher(joined).matches() && joined.indexOf('(') > 0) {
                return span;
            }
        }
        return 0;
    }

    private static String headerText(List<String> lines, int i, int span) {
        StringBuilder text = new StringBuilder(WordResidue.clean(lines.get(i)).text());
        for (int next = i + 1; next < i + span; next++) {
            text.append(' ').append(WordResidue.clean(lines.get(next)).text());
        }
        return text.toString();
    }

    /** @param headerLine the 1-based line where {@link #find} found the header */
    Header read(int headerLine) throws ResolutionParseException {
        int span = Math.max(1, headerSpan(lines, headerLine - 1));
        Matcher header = HEADER.matcher(headerText(lines, headerLine - 1, span));
        if (!header.matches()) {
            throw new IllegalArgumentException("line " + headerLine + " is not a header");
        }
        for (int line = headerLine; line < headerLine + span; line++) {
            log.role(line, LineRole.HEADER);
        }
        String written = header.group("rev");
        List<RevisionRef> headerHistory = written != null && written.contains(";")
                ? RevisionText.readHistory("(" + written + ")").stream().flatMap(List::stream).toList()
                : List.of();
        Matcher code = written == null ? null : CONFERENCE_CODE.matcher(written.strip());
        boolean conferenceCode = code != null && code.matches();
        List<RevisionRef> headerRefs = written == null || conferenceCode ? List.of()
                : !headerHistory.isEmpty() ? List.of(headerHistory.get(headerHistory.size() - 1))
                : RevisionText.read(written);
        if (written != null && !conferenceCode && headerRefs.isEmpty()) {
            log.warn(headerLine, "Line %d: the revision \"(%s)\" could not be read as a place and a year."
                    .formatted(headerLine, written));
        }
        warnIfJoined(headerLine, written, headerRefs, "header");

        FrontMatter front = new FrontMatter();
        if (header.group("title") != null) {
            front.titleParts.add(header.group("title").strip());
        }
        int bodyStart = readFrontMatter(headerLine + span, front);
        if (front.assemblyLine == null) {
            log.warn(headerLine, "No assembly line (\"The World Telecommunication Standardization Assembly (place, year),\") was found after the header.");
        }
        if (front.titleParts.isEmpty()) {
            log.warn(headerLine, "No title was found after the header on line %d.".formatted(headerLine));
        }
        List<RevisionRef> history = front.history.isEmpty() ? headerHistory : front.history;
        RevisionRef revision = revision(headerLine, headerRefs, front.assemblyRefs, history);
        if (conferenceCode && revision.year() % 100 != Integer.parseInt(code.group("yy"))) {
            log.warn(headerLine, "Line %d: the header names %s-%s but the revision read is %s. Please check."
                    .formatted(headerLine, code.group("code").toUpperCase(), code.group("yy"), revision));
        }
        RevisionRef previous = headerRefs.size() > 1 ? headerRefs.get(0)
                : front.assemblyRefs.size() > 1 ? front.assemblyRefs.get(0) : null;
        return new Header(header.group("number"), revision, previous, String.join(" ", front.titleParts), history,
                front.assemblyLine, bodyStart, front.footnotes);
    }

    /** What the lines between the header and the first section say. */
    private static final class FrontMatter {
        final List<String> titleParts = new ArrayList<>();
        final List<RevisionRef> history = new ArrayList<>();
        final List<String> footnotes = new ArrayList<>();
        boolean historySeen;
        boolean historyBeforeTitle;
        String assemblyLine;
        List<RevisionRef> assemblyRefs = List.of();
    }

    /** @return the first line of the body */
    private int readFrontMatter(int from, FrontMatter front) {
        int wrapped;
        for (int line = from; line <= lines.size(); line++) {
            if (log.isBlank(line)) {
                log.ignore(line, "blank line");
                continue;
            }
            CleanLine clean = WordResidue.clean(lines.get(line - 1));
            String text = clean.text();
            if (text.length() > MAX_FRONT_LINE) {
                log.ignore(line, "a line too long to be part of a resolution's header");
                continue;
            }
            Matcher footnote = FootnoteMarks.footnoteText(text);
            if (text.isEmpty()) {
                keepFootnotes(line, clean, front);
                if (!clean.hasFootnoteText()) {
                    log.ignore(line, "Word residue only (bookmarks)");
                }
            } else if (footnote != null && marks.isPending(Integer.parseInt(footnote.group(1)))) {
                marks.resolve(Integer.parseInt(footnote.group(1)), footnote.group(2).strip());
                log.role(line, LineRole.FOOTNOTE);
            } else if (!front.historySeen && readHistory(line, text, front.history)) {
                front.historySeen = true;
                // "RESOLUTION 73" / "(Minneapolis, 1998)" / title: the header's bracket wrapped onto the next line.
                front.historyBeforeTitle = front.titleParts.isEmpty();
            } else if (readAssemblyLine(line, text, front)) {
                return line + 1;
            } else if (line < lines.size() && (wrapped = readWrappedAssemblyLine(line, text, front)) > 0) {
                return line + wrapped + 1;
            } else if (startsBody(text)) {
                return line;
            } else if (front.historySeen && !front.historyBeforeTitle) {
                log.ignore(line, "unexpected text between the history line and the assembly line");
                log.warn(line, "Line %d was expected to be the assembly line (\"The World Telecommunication Standardization Assembly (place, year),\"); it is ignored."
                        .formatted(line));
            } else if (TitleLines.notTitle(text, String.join(" ", front.titleParts))) {
                log.ignore(line, "not part of the title (a sentence, a copyright line, or the title again)");
            } else {
                log.role(line, LineRole.TITLE);
                front.titleParts.add(cutWordMarks(line, cutMarks(line, text, TITLE_MARKS)));
                keepFootnotes(line, clean, front);
            }
        }
        return lines.size() + 1;
    }

    /** Cuts footnote marks off a title ("developing1") or history line ("(…, 2016)1, 1bis"); the digits become footnote marks. */
    private String cutMarks(int line, String text, Pattern marksAt) {
        Matcher found = marksAt.matcher(text);
        if (!found.find()) {
            return text;
        }
        String written = marksAt == HISTORY_MARKS ? found.group(2) : found.group(1);
        log.ignorePart(line, written, "footnote mark");
        Matcher number = MARK_NUMBER.matcher(written);
        while (number.find()) {
            marks.expectForResolution(Integer.parseInt(number.group()), line);
        }
        return marksAt == HISTORY_MARKS ? found.group(1) + found.group(3) : text.substring(0, found.start()).strip();
    }

    /** "developing1 and developed": a mark stuck to a word inside the title. */
    private String cutWordMarks(int line, String text) {
        Matcher mark = FootnoteMarks.IN_TEXT.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (mark.find()) {
            log.ignorePart(line, mark.group(1), "footnote mark");
            marks.expectForResolution(Integer.parseInt(mark.group(1)), line);
            mark.appendReplacement(kept, "");
        }
        mark.appendTail(kept);
        return kept.toString();
    }

    private void keepFootnotes(int line, CleanLine clean, FrontMatter front) {
        clean.footnotes().forEach(footnote -> front.footnotes.add(footnote.text()));
        if (clean.openFootnote() != null) {
            log.ignorePart(line, clean.openFootnote().text(), "footnote to the title, not closed on its line (not kept)");
        }
        if (!clean.footnotes().isEmpty() || clean.openFootnote() != null) {
            log.role(line, LineRole.TITLE);
        }
    }

    private boolean readAssemblyLine(int line, String text, FrontMatter front) {
        Matcher assembly = ASSEMBLY.matcher(text);
        List<RevisionRef> refs = assembly.matches() ? RevisionText.read(assembly.group(2)) : List.of();
        if (refs.isEmpty()) {
            return false;
        }
        log.role(line, LineRole.ASSEMBLY);
        warnIfJoined(line, assembly.group(2), refs, "assembly line");
        front.assemblyRefs = refs;
        // Only a clear old/new pair is rewritten to the new reading; anything stranger stays as written.
        front.assemblyLine = refs.size() == 2
                ? assembly.group(1) + " (" + refs.get(1) + ")" + assembly.group(3)
                : text;
        return true;
    }

    /**
     * "The Plenipotentiary Conference of the International Telecommunication Union" / "(Minneapolis, 1998),",
     * or a narrow copy's "The" / "Plenipotentiary Conference of the International" / "Telecommunication
     * Union (Minneapolis, 1998),": the assembly line wrapped over up to {@value #MAX_ASSEMBLY_LINES} lines.
     *
     * @return the number of lines it took beyond the first, or 0
     */
    private int readWrappedAssemblyLine(int line, String text, FrontMatter front) {
        if (!text.equals("The") && !text.startsWith("The ")) {
            return 0;
        }
        StringBuilder joined = new StringBuilder(text);
        for (int extra = 1; extra < MAX_ASSEMBLY_LINES && line + extra <= lines.size(); extra++) {
            String next = WordResidue.clean(lines.get(line + extra - 1)).text();
            // A title "The role of ..." is followed by the assembly line itself, which starts with "The" too.
            if (next.isEmpty() || next.length() > 200 || startsBody(next) || next.startsWith("The ")) {
                return 0;
            }
            joined.append(' ').append(next);
            if (next.contains("(") && readAssemblyLine(line, joined.toString(), front)) {
                for (int wrapped = 1; wrapped <= extra; wrapped++) {
                    log.role(line + wrapped, LineRole.ASSEMBLY);
                }
                return extra;
            }
        }
        return 0;
    }

    private boolean readHistory(int line, String text, List<RevisionRef> history) {
        String withoutMarks = HISTORY_MARKS.matcher(text).matches() && RevisionText.readHistory(text).isEmpty()
                ? cutMarks(line, text, HISTORY_MARKS) : text;
        List<List<RevisionRef>> entries = RevisionText.readHistory(withoutMarks);
        if (entries.isEmpty()) {
            return false;
        }
        log.role(line, LineRole.HISTORY);
        for (List<RevisionRef> entry : entries) {
            if (entry.size() > 1) {
                log.warn(line, "Line %d: the history entry \"%s\" looks like a tracked change; all its assemblies are kept. Please check."
                        .formatted(line, entry.stream().map(RevisionRef::toString).reduce((a, b) -> a + b).orElse("")));
            }
            history.addAll(entry);
        }
        return true;
    }

    private static boolean startsSection(String text) {
        return SectionHeadings.recognize(text).isPresent() || SectionHeadings.splitJoined(text).isPresent();
    }

    static boolean startsBody(String text) {
        if (SectionHeadings.recognize(text).isPresent() || SectionHeadings.splitJoined(text).isPresent()) {
            return true;
        }
        Optional<LabelledLine> labelled = LabelledLine.read(text);
        return labelled.isPresent() && labelled.get().style() != LabelStyle.BULLET;
    }

    private void warnIfJoined(int line, String written, List<RevisionRef> refs, String where) {
        if (refs.size() == 2) {
            log.warn(line, "Line %d: the %s reads \"%s\", which looks like a tracked change: %s (previous revision) replaced by %s. Please confirm."
                    .formatted(line, where, written.strip(), refs.get(0), refs.get(1)));
        } else if (refs.size() > 2) {
            log.warn(line, "Line %d: the %s names %d assemblies; the last one, %s, is taken as the revision. Please check."
                    .formatted(line, where, refs.size(), refs.get(refs.size() - 1)));
        }
    }

    private RevisionRef revision(int headerLine, List<RevisionRef> headerRefs, List<RevisionRef> assemblyRefs,
            List<RevisionRef> history) throws ResolutionParseException {
        RevisionRef fromHeader = headerRefs.isEmpty() ? null : headerRefs.get(headerRefs.size() - 1);
        RevisionRef fromAssembly = assemblyRefs.isEmpty() ? null : assemblyRefs.get(assemblyRefs.size() - 1);
        if (fromHeader != null && fromAssembly != null && !sameAssembly(fromHeader, fromAssembly)) {
            if (swappedPlaces(headerRefs, assemblyRefs)) {
                log.warn(headerLine, ("The header and the assembly line both run two assemblies together, with the places in opposite orders "
                        + "(\"%s\" and \"%s\"): the years are certain, but which place held the %d assembly is not; %s from the header is used. Please check.")
                        .formatted(headerRefs.get(0).place() + headerRefs.get(1).place(),
                                assemblyRefs.get(0).place() + assemblyRefs.get(1).place(), fromHeader.year(), fromHeader));
            } else {
                log.warn(headerLine, "The header names %s but the assembly line names %s; the header is used."
                        .formatted(fromHeader, fromAssembly));
            }
        }
        if (fromHeader != null) {
            return fromHeader;
        }
        if (fromAssembly != null) {
            return fromAssembly;
        }
        if (!history.isEmpty()) {
            RevisionRef last = history.get(history.size() - 1);
            log.warn(headerLine, "The header gives no place and year; the last assembly of the history, %s, is used.".formatted(last));
            return last;
        }
        throw new ResolutionParseException(
                "The header on line %d gives no place and year (as in \"RESOLUTION 68 (Rev. New Delhi, 2024)\"), and no assembly line or history was found."
                        .formatted(headerLine), headerLine);
    }

    /** "Bueno AiresDubai, 20174" in the header, "DubaiBueno Aires, 20174" in the assembly line. */
    private static boolean swappedPlaces(List<RevisionRef> header, List<RevisionRef> assembly) {
        return header.size() == 2 && assembly.size() == 2
                && header.get(0).year() == assembly.get(0).year() && header.get(1).year() == assembly.get(1).year()
                && header.get(0).place().equalsIgnoreCase(assembly.get(1).place())
                && header.get(1).place().equalsIgnoreCase(assembly.get(0).place());
    }

    /** "DUBAI, 2012" and "Dubai, 2012" are one assembly. */
    private static boolean sameAssembly(RevisionRef a, RevisionRef b) {
        return a.year() == b.year() && a.place().equalsIgnoreCase(b.place());
    }
}
