package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines from "RESOLUTION 68 (Rev. New Delhi, 2024)" down to the assembly line: number,
 * revision, title (possibly wrapped), history and assembly line.
 */
final class HeaderReader {

    /** What the header lines say, and where the body starts (1-based line). */
    record Header(String number, RevisionRef revision, RevisionRef previousRevision, String title,
            List<RevisionRef> history, String assemblyLine, int bodyStart) {
    }

    private static final Pattern HEADER = Pattern.compile(
            "^(?:(?:MOD|ADD|SUP)\\h+)?RESOLUTION\\h+(\\d{1,4}[A-Z]?)\\h*(?:\\(([^()]*)\\))?\\h*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSEMBLY = Pattern.compile(
            "^(The\\h.*\\b(?:Assembly|Conference|Council)\\b.*?)\\h*\\(([^()]*)\\)\\h*([,:;]?)\\h*$",
            Pattern.CASE_INSENSITIVE);

    private final List<String> lines;
    private final ParseLog log;

    HeaderReader(List<String> lines, ParseLog log) {
        this.lines = lines;
        this.log = log;
    }

    /** Whether a line (with Word residue removed) is a resolution header. */
    static boolean isHeader(String text) {
        return HEADER.matcher(text).matches();
    }

    /** @param headerLine the 1-based line where {@link #isHeader} matched */
    Header read(int headerLine) throws ResolutionParseException {
        Matcher header = HEADER.matcher(WordResidue.clean(lines.get(headerLine - 1)).text());
        if (!header.matches()) {
            throw new IllegalArgumentException("line " + headerLine + " is not a header");
        }
        log.role(headerLine, LineRole.HEADER);
        List<RevisionRef> headerRefs = header.group(2) == null ? List.of() : RevisionText.read(header.group(2));
        if (header.group(2) != null && headerRefs.isEmpty()) {
            log.warn(headerLine, "Line %d: the revision \"(%s)\" could not be read as a place and a year."
                    .formatted(headerLine, header.group(2)));
        }
        warnIfJoined(headerLine, header.group(2), headerRefs, "header");

        FrontMatter front = new FrontMatter();
        int bodyStart = readFrontMatter(headerLine + 1, front);
        if (front.assemblyLine == null) {
            log.warn(headerLine, "No assembly line (\"The World Telecommunication Standardization Assembly (place, year),\") was found after the header.");
        }
        if (front.titleParts.isEmpty()) {
            log.warn(headerLine, "No title was found after the header on line %d.".formatted(headerLine));
        }
        RevisionRef revision = revision(headerLine, headerRefs, front.assemblyRefs, front.history);
        RevisionRef previous = headerRefs.size() > 1 ? headerRefs.get(0)
                : front.assemblyRefs.size() > 1 ? front.assemblyRefs.get(0) : null;
        return new Header(header.group(1), revision, previous, String.join(" ", front.titleParts), front.history,
                front.assemblyLine, bodyStart);
    }

    /** What the lines between the header and the first section say. */
    private static final class FrontMatter {
        final List<String> titleParts = new ArrayList<>();
        final List<RevisionRef> history = new ArrayList<>();
        boolean historySeen;
        String assemblyLine;
        List<RevisionRef> assemblyRefs = List.of();
    }

    /** @return the first line of the body */
    private int readFrontMatter(int from, FrontMatter front) {
        for (int line = from; line <= lines.size(); line++) {
            if (log.isBlank(line)) {
                log.ignore(line, "blank line");
                continue;
            }
            CleanLine clean = WordResidue.clean(lines.get(line - 1));
            String text = clean.text();
            if (text.isEmpty()) {
                log.ignore(line, clean.hasFootnoteText() ? "footnote outside the resolution body" : "Word residue only (bookmarks)");
            } else if (!front.historySeen && readHistory(line, text, front.history)) {
                front.historySeen = true;
            } else if (readAssemblyLine(line, text, front)) {
                return line + 1;
            } else if (startsBody(text)) {
                return line;
            } else if (front.historySeen) {
                log.ignore(line, "unexpected text between the history line and the assembly line");
                log.warn(line, "Line %d was expected to be the assembly line (\"The World Telecommunication Standardization Assembly (place, year),\"); it is ignored."
                        .formatted(line));
            } else {
                log.role(line, LineRole.TITLE);
                front.titleParts.add(text);
                ignoreFootnotes(line, clean, "footnote to the title (not kept)");
            }
        }
        return lines.size() + 1;
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

    private boolean readHistory(int line, String text, List<RevisionRef> history) {
        List<List<RevisionRef>> entries = RevisionText.readHistory(text);
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

    private static boolean startsBody(String text) {
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
        if (fromHeader != null && fromAssembly != null && !fromHeader.equals(fromAssembly)) {
            log.warn(headerLine, "The header names %s but the assembly line names %s; the header is used."
                    .formatted(fromHeader, fromAssembly));
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

    private void ignoreFootnotes(int line, CleanLine clean, String reason) {
        for (Footnote footnote : clean.footnotes()) {
            log.ignorePart(line, footnote.text(), reason);
        }
        if (clean.openFootnote() != null) {
            log.ignorePart(line, clean.openFootnote().text(), reason);
        }
    }
}
