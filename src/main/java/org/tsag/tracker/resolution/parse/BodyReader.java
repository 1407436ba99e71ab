package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the sections after the assembly line, line by line: headings, labelled items, sub-items,
 * footnotes and unlabelled lines. Labels are kept as written; {@link SectionAssembler} explains them.
 */
final class BodyReader {

    // Upper case, or a short "Annex 2 (to Resolution 68)" line: "Annex A of ..." may open a clause line.
    private static final Pattern ANNEX = Pattern.compile(
            "^(?:ANNEX|APPENDIX|ATTACHMENT)\\b.*$|^(?:Annex|Appendix|Attachment)(?:\\h+\\S+)?(?:\\h+\\(to [^()]*\\))?$");
    private static final Pattern REASONS = Pattern.compile("^Reasons?\\h*:.*$");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\h_\\-–—=*]{3,}$");

    private final List<String> lines;
    private final ParseLog log;
    private final boolean flattenedChanges;
    private final List<DraftSection> sections = new ArrayList<>();
    private final Set<String> newHeadings = new HashSet<>();
    private final Set<String> previousHeadings = new HashSet<>();
    private DraftSection section;
    private Footnote openFootnote;
    private int openFootnoteLine;
    private DraftClause openFootnoteOwner;
    private String endReason;
    private boolean warnedBeforeHeading;

    /** @param flattenedChanges whether to look for tracked changes flattened into the text */
    BodyReader(List<String> lines, ParseLog log, boolean flattenedChanges) {
        this.lines = lines;
        this.log = log;
        this.flattenedChanges = flattenedChanges;
    }

    /** @param firstLine the 1-based line after the assembly line */
    List<DraftSection> read(int firstLine) {
        for (int line = firstLine; line <= lines.size(); line++) {
            readLine(line);
        }
        if (openFootnote != null) {
            log.warn(openFootnoteLine, "Line %d: the footnote text that starts here is not closed with \"]\"; it runs to the end of the text."
                    .formatted(openFootnoteLine));
            closeFootnote(openFootnoteLine);
        }
        if (sections.isEmpty()) {
            log.warn(0, "No section heading (such as \"considering\" or \"resolves\") was found.");
        }
        return sections;
    }

    private void readLine(int line) {
        String raw = lines.get(line - 1);
        if (openFootnote != null) {
            continueFootnote(line, raw);
        } else if (raw.isBlank()) {
            log.ignore(line, "blank line");
        } else if (endReason != null) {
            log.ignore(line, endReason);
        } else {
            readText(line, WordResidue.clean(raw));
        }
    }

    private void readText(int line, CleanLine clean) {
        String text = clean.text();
        if (text.isEmpty()) {
            readFootnoteLine(line, clean);
        } else if (!readOutsideText(line, text) && !readHeading(line, clean)) {
            if (section == null) {
                ignoreBeforeFirstHeading(line);
                return;
            }
            DraftClause target = readItem(line, text);
            if (target != null) {
                target.addMarkers(clean.markers());
                if (flattenedChanges) {
                    FlattenedChangeHints.check(line, text, log);
                }
            }
            attachFootnotes(line, clean, target);
        }
    }

    /** Lines around the resolution text in a proposal: the next resolution, an annex, reasons, separators. */
    private boolean readOutsideText(int line, String text) {
        boolean nextResolution = HeaderReader.isHeader(text);
        if (nextResolution || ANNEX.matcher(text).matches()) {
            endReason = nextResolution
                    ? "after the end of the resolution (another resolution starts on line " + line + ")"
                    : "in the annex or appendix starting on line " + line + ", which is not parsed";
            log.warn(line, "Line %d: the resolution ends here; this line and the rest of the text are ignored.".formatted(line));
            log.ignore(line, endReason);
        } else if (REASONS.matcher(text).matches()) {
            log.ignore(line, "a proposal's reasons, not part of the resolution");
        } else if (SEPARATOR.matcher(text).matches()) {
            log.ignore(line, "separator line");
        } else {
            return false;
        }
        return true;
    }

    private boolean readHeading(int line, CleanLine clean) {
        String text = clean.text();
        Optional<Heading[]> joined = flattenedChanges ? SectionHeadings.splitJoined(text) : Optional.empty();
        Optional<Heading> heading = joined.isPresent() ? Optional.empty() : SectionHeadings.recognize(text);
        if (joined.isPresent()) {
            startJoinedSection(line, text, joined.get());
        } else if (heading.isPresent()) {
            startSection(line, heading.get(), null);
        } else {
            return false;
        }
        ignoreFootnotes(line, clean, "footnote to a section heading (not kept)");
        return true;
    }

    private void startSection(int line, Heading heading, String previousHeading) {
        if (!newHeadings.add(heading.text())) {
            log.warn(line, "Line %d: the heading \"%s\" appears a second time.".formatted(line, heading.text()));
        }
        if (previousHeading != null) {
            previousHeadings.add(previousHeading);
        }
        section = new DraftSection(heading, previousHeading, line);
        sections.add(section);
        log.role(line, LineRole.HEADING);
    }

    /**
     * Word's export runs the deleted and the inserted heading together, but the order of the two is
     * not reliable. The first is taken as the previous heading unless that would use a heading twice in
     * one revision; a person must confirm either way.
     */
    private void startJoinedSection(int line, String text, Heading[] pair) {
        Heading previous = pair[0];
        Heading current = pair[1];
        if (newHeadings.contains(current.text()) || previousHeadings.contains(previous.text())) {
            previous = pair[1];
            current = pair[0];
        }
        startSection(line, current, previous.text());
        log.warn(line, "Line %d: \"%s\" looks like two headings joined by a tracked change; it was read as \"%s\" replacing \"%s\". The order is not reliable: please confirm."
                .formatted(line, text, current.text(), previous.text()));
    }

    /** @return the clause the line belongs to, or null if it was ignored */
    private DraftClause readItem(int line, String text) {
        Optional<LabelledLine> labelled = LabelledLine.read(text);
        if (labelled.isEmpty()) {
            return readUnlabelled(line, text);
        }
        LabelledLine item = labelled.get();
        if (section.style() == null && item.style() != LabelStyle.BULLET) {
            section.setStyle(item.style());
        }
        if (item.style() == section.style() && !isRomanSubItem(item)) {
            DraftClause clause = new DraftClause(item.label(), line, item.text());
            section.clauses().add(clause);
            log.role(line, LineRole.CLAUSE);
            return clause;
        }
        return readSubItem(line, item);
    }

    /**
     * "i)" is the ninth item after "h)", but a sub-item after any other item; "ii)" and later are
     * sub-items when they continue the roman numbering of the item above.
     */
    private boolean isRomanSubItem(LabelledLine item) {
        int value = RomanNumeral.value(item.label());
        DraftClause clause = section.lastClause();
        if (item.style() != LabelStyle.LETTER || value == 0 || clause == null || clause.writtenLabel() == null
                || value != clause.lastRomanSubItem() + 1) {
            return false;
        }
        return !(item.label().length() == 1 && followsLetter(clause.writtenLabel(), item.label().charAt(0)));
    }

    private static boolean followsLetter(String previousLabel, char letter) {
        return previousLabel.chars().anyMatch(c -> c + 1 == letter);
    }

    private DraftClause readSubItem(int line, LabelledLine item) {
        DraftClause clause = section.lastClause();
        if (clause == null) {
            log.ignore(line, "sub-item outside any clause");
            log.warn(line, "Line %d is a sub-item but no clause comes before it in its section; it is ignored.".formatted(line));
            return null;
        }
        int roman = item.style() == LabelStyle.LETTER ? RomanNumeral.value(item.label()) : 0;
        clause.addSubItem(item.asSubItem(), roman);
        log.role(line, LineRole.SUB_ITEM);
        return clause;
    }

    /**
     * A section may open with one unnumbered clause ("resolves" then "that ..."). Any other line
     * without a label is added to the clause above, since Word paragraphs are whole lines.
     */
    private DraftClause readUnlabelled(int line, String text) {
        DraftClause clause = section.lastClause();
        if (clause == null) {
            DraftClause unnumbered = new DraftClause(null, line, text);
            section.clauses().add(unnumbered);
            log.role(line, LineRole.CLAUSE);
            return unnumbered;
        }
        if (clause.hasText()) {
            String label = clause.writtenLabel() == null ? "the unnumbered clause" : "\"" + clause.writtenLabel() + "\"";
            log.warn(line, "Line %d has no label; it was added to the text of %s above (line %d). Please check."
                    .formatted(line, label, clause.line()));
        }
        clause.appendText(text);
        log.role(line, LineRole.CONTINUATION);
        return clause;
    }

    private void ignoreBeforeFirstHeading(int line) {
        log.ignore(line, "text before the first section heading");
        if (!warnedBeforeHeading) {
            warnedBeforeHeading = true;
            log.warn(line, "Line %d comes before any section heading (such as \"considering\" or \"resolves\"); it is ignored."
                    .formatted(line));
        }
    }

    private void readFootnoteLine(int line, CleanLine clean) {
        if (!clean.hasFootnoteText()) {
            log.ignore(line, "Word residue only (bookmarks or footnote markers)");
            return;
        }
        log.role(line, LineRole.FOOTNOTE);
        attachFootnotes(line, clean, section == null ? null : section.lastClause());
    }

    private void attachFootnotes(int line, CleanLine clean, DraftClause nearest) {
        for (Footnote footnote : clean.footnotes()) {
            DraftClause owner = owner(footnote.number(), nearest);
            if (owner == null) {
                log.ignorePart(line, footnote.text(), "footnote outside any clause");
            } else {
                owner.addFootnote(footnote.text());
            }
        }
        if (clean.openFootnote() != null) {
            openFootnote = clean.openFootnote();
            openFootnoteLine = line;
            openFootnoteOwner = owner(openFootnote.number(), nearest);
        }
    }

    /** The clause whose text carries the footnote's marker, else the nearest clause. */
    private DraftClause owner(int footnote, DraftClause nearest) {
        for (int s = sections.size() - 1; s >= 0; s--) {
            List<DraftClause> clauses = sections.get(s).clauses();
            for (int c = clauses.size() - 1; c >= 0; c--) {
                if (clauses.get(c).references(footnote)) {
                    return clauses.get(c);
                }
            }
        }
        return nearest;
    }

    private void continueFootnote(int line, String raw) {
        log.role(line, LineRole.FOOTNOTE);
        int end = WordResidue.footnoteEnd(raw);
        if (end < 0) {
            openFootnote = openFootnote.append(raw);
            return;
        }
        openFootnote = openFootnote.append(raw.substring(0, end));
        closeFootnote(line);
        String rest = raw.substring(end + 1);
        if (!rest.isBlank()) {
            log.ignorePart(line, rest.strip(), "text after the end of a footnote");
        }
    }

    private void closeFootnote(int line) {
        if (openFootnoteOwner == null) {
            log.ignorePart(line, openFootnote.text(), "footnote outside any clause");
        } else {
            openFootnoteOwner.addFootnote(openFootnote.text());
        }
        openFootnote = null;
        openFootnoteOwner = null;
    }

    private void ignoreFootnotes(int line, CleanLine clean, String reason) {
        for (Footnote footnote : clean.footnotes()) {
            log.ignorePart(line, footnote.text(), reason);
        }
        if (clean.openFootnote() != null) {
            openFootnote = clean.openFootnote();
            openFootnoteLine = line;
            openFootnoteOwner = null;
        }
    }
}
