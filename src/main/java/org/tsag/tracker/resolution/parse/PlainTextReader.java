package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads a resolution from plain text, one Word paragraph per line. */
final class PlainTextReader {

    private final boolean mayCarryChanges;
    private final ParseOptions options;

    /**
     * @param mayCarryChanges whether the text may carry tracked changes flattened by Word's export
     *                        (then, where the text shows evidence of them, joined labels, headings and
     *                        citations are looked for); false for a text known to be clean, such as one
     *                        side of a .docx with tracked changes
     */
    PlainTextReader(boolean mayCarryChanges, ParseOptions options) {
        this.mayCarryChanges = mayCarryChanges;
        this.options = options;
    }

    ParsedResolution read(String text) throws ResolutionParseException {
        return read(InputText.lines(text));
    }

    /** @param rawLines one Word paragraph each */
    ParsedResolution read(List<String> rawLines) throws ResolutionParseException {
        List<String> lines = InputText.checked(rawLines);
        if (lines.stream().allMatch(String::isBlank)) {
            throw new ResolutionParseException("The text is empty: its %d lines are blank; there is no resolution to read."
                    .formatted(lines.size()), 0);
        }
        int headerLine = HeaderReader.find(lines);
        if (headerLine == 0) {
            Optional<OtherDocument> other = OtherDocument.find(lines);
            if (other.isPresent()) {
                throw new ResolutionParseException(other.get().message(), other.get().line());
            }
            throw new ResolutionParseException(
                    "No resolution header was found in lines 1 to %d: the text needs a line such as \"RESOLUTION 68 (Rev. New Delhi, 2024)\"."
                            .formatted(lines.size()), 0);
        }
        List<ChangeEvidence> evidence = mayCarryChanges ? ChangeEvidenceScan.scan(lines) : List.of();
        boolean guessChanges = !evidence.isEmpty();
        ParseLog log = new ParseLog(lines);
        for (int line = 1; line < headerLine; line++) {
            log.ignore(line, log.isBlank(line) ? "blank line" : "before the resolution header");
        }
        FootnoteMarks marks = new FootnoteMarks();
        HeaderReader.Header header = new HeaderReader(lines, log, marks).read(headerLine);
        BodyReader body = new BodyReader(lines, log, guessChanges, options, marks);
        List<DraftSection> drafts = body.read(header.bodyStart());
        List<ParseFlag> flags = new ArrayList<>(body.flags());
        String why = evidence.stream().map(ChangeEvidence::reason).limit(3).collect(Collectors.joining(" "));
        List<ParsedSection> sections = new ArrayList<>();
        for (DraftSection draft : drafts) {
            sections.add(SectionAssembler.assemble(draft, guessChanges, options.cleanLines(), log, flags, why));
        }
        log.ignoreUnclaimedLines();
        List<String> footnotes = new ArrayList<>(header.footnotes());
        footnotes.addAll(marks.resolutionFootnotes());
        flags.sort(java.util.Comparator.comparingInt(ParseFlag::line));
        return new ParsedResolution(header.number(), header.title(), header.revision(), header.previousRevision(),
                header.history(), header.assemblyLine(), sections, log.warnings(), log.ignored(), log.sourceLines(),
                footnotes, evidence, flags);
    }
}
