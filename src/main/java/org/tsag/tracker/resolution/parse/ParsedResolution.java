package org.tsag.tracker.resolution.parse;

import java.util.List;

/**
 * A resolution as read from a text or a .docx file.
 *
 * @param number           "68"
 * @param title            the title on one line
 * @param revision         the assembly of this text, e.g. New Delhi, 2024
 * @param previousRevision the revision that the tracked changes compare against, when the text carries
 *                         tracked changes in its header or assembly line (or the .docx in its markup);
 *                         null otherwise
 * @param history          the assemblies listed under the title, oldest first
 * @param assemblyLine     "The World Telecommunication Standardization Assembly (New Delhi, 2024),"
 *                         as it reads in this revision; null if the text has none
 * @param sections         in reading order
 * @param warnings         inferences and doubts for a person to confirm, by line
 * @param ignored          lines (or parts of lines) not used, with the reason
 * @param sourceLines      how every input line was read, one entry per line, in order
 * @param footnotes        footnotes to the title or history line, without their number
 * @param changeEvidence   the signs of flattened tracked changes that switched change-guessing on;
 *                         empty for a clean text (and for a .docx, whose markup says it exactly)
 * @param flags            lines a person must confirm before import (unknown headings, guessed changes)
 */
public record ParsedResolution(String number, String title, RevisionRef revision, RevisionRef previousRevision,
        List<RevisionRef> history, String assemblyLine, List<ParsedSection> sections,
        List<ParseWarning> warnings, List<IgnoredLine> ignored, List<SourceLine> sourceLines,
        List<String> footnotes, List<ChangeEvidence> changeEvidence, List<ParseFlag> flags) {

    public ParsedResolution {
        footnotes = List.copyOf(footnotes);
        changeEvidence = List.copyOf(changeEvidence);
        flags = List.copyOf(flags);
        history = List.copyOf(history);
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
        ignored = List.copyOf(ignored);
        sourceLines = List.copyOf(sourceLines);
    }
}
