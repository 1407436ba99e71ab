package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;

/** Reads a resolution from plain text, one Word paragraph per line. */
final class PlainTextReader {

    private final boolean flattenedChanges;

    /**
     * @param flattenedChanges whether the text may carry tracked changes flattened by Word's export
     *                         (then joined labels, headings and citations are looked for); false for a
     *                         text known to be clean, such as one side of a .docx with tracked changes
     */
    PlainTextReader(boolean flattenedChanges) {
        this.flattenedChanges = flattenedChanges;
    }

    ParsedResolution read(String text) throws ResolutionParseException {
        return read(text == null ? List.of() : text.lines().toList());
    }

    /** @param lines one Word paragraph each */
    ParsedResolution read(List<String> lines) throws ResolutionParseException {
        if (lines.stream().allMatch(String::isBlank)) {
            throw new ResolutionParseException("The text is empty: there is no resolution to read.", 0);
        }
        int headerLine = findHeader(lines);
        ParseLog log = new ParseLog(lines);
        for (int line = 1; line < headerLine; line++) {
            log.ignore(line, log.isBlank(line) ? "blank line" : "before the resolution header");
        }
        HeaderReader.Header header = new HeaderReader(lines, log).read(headerLine);
        List<DraftSection> drafts = new BodyReader(lines, log, flattenedChanges).read(header.bodyStart());
        List<ParsedSection> sections = new ArrayList<>();
        for (DraftSection draft : drafts) {
            sections.add(SectionAssembler.assemble(draft, flattenedChanges, log));
        }
        log.ignoreUnclaimedLines();
        return new ParsedResolution(header.number(), header.title(), header.revision(), header.previousRevision(),
                header.history(), header.assemblyLine(), sections, log.warnings(), log.ignored(), log.sourceLines());
    }

    private static int findHeader(List<String> lines) throws ResolutionParseException {
        for (int i = 0; i < lines.size(); i++) {
            if (HeaderReader.isHeader(WordResidue.clean(lines.get(i)).text())) {
                return i + 1;
            }
        }
        throw new ResolutionParseException(
                "No resolution header was found: the text needs a line such as \"RESOLUTION 68 (Rev. New Delhi, 2024)\".", 0);
    }
}
