package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
    private static final Pattern ENDS_ITEM = Pattern.compile(".*[,;.:]\\h*$");
    private static final int MAX_HEADING_TAIL = 120;

    private final List<String> lines;
    private final ParseLog log;
    private final boolean flattenedChanges;
    private final ParseOptions options;
    private final FootnoteMarks marks;
    private final List<DraftSection> sections = new ArrayList<>();
    private final Set<String> newHeadings = new HashSet<>();
    private final Set<String> previousHeadings = new HashSet<>();
    private final List<ParseFlag> flags = new ArrayList<>();
    private final WordFootnotes wordFootnotes;
    private DraftSection section;
    private String endReason;
    private boolean warnedBeforeHeading;
    private int lastTextLine;

    /** @param flattenedChanges whether to look for tracked changes flattened into the text */
    BodyReader(List<String> lines, ParseLog log, boolean flattenedChanges, ParseOptions options, FootnoteMarks marks) {
        this.lines = lines;
        this.log = log;
        this.flattenedChanges = flattenedChanges;
        this.options = options;
        this.marks = marks;
        this.wordFootnotes = new WordFootnotes(log, sections);
    }

    /** @param firstLine the 1-based line after the assembly line */
    List<DraftSection> read(int firstLine) {
        lastTextLine = firstLine - 1;
        for (int line = firstLine; line <= lines.size(); line++) {
            readLine(line);
        }
        wordFootnotes.closeAtEnd();
        if (sections.isEmpty()) {
            log.warn(0, "No section heading (such as \"considering\" or \"resolves\") was found.");
        }
        return sections;
    }

    List<ParseFlag> flags() {
        return flags;
    }

    private void readLine(int line) {
        String raw = lines.get(line - 1);
        if (wordFootnotes.isOpen()) {
            wordFootnotes.continueFootnote(line, raw);
        } else if (raw.isBlank()) {
            log.ignore(line, "blank line");
        } else if (endReason != null) {
            log.ignore(line, endReason);
        } else {
            readText(line, WordResidue.clean(raw));
            lastTextLine = line;
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
            if (readFootnoteText(line, text) || readFurniture(line, text) || readHeadingTail(line, text)) {
                wordFootnotes.ignore(line, clean, "footnote on a line that is not clause text (not kept)");
                return;
            }
            DraftClause target = readItem(line, text);
            if (target != null) {
                target.addMarkers(clean.markers());
                if (clean.markers().isEmpty()) {
                    marks.expectIn(target, text, line);
                }
                if (flattenedChanges) {
                    FlattenedChangeHints.check(line, text, log);
                }
            }
            wordFootnotes.attach(line, clean, target);
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

    /** Page numbers, dates and document names that a PDF copy leaves between the lines of a clause. */
    private boolean readFurniture(int line, String text) {
        boolean lonePageNumber = PageFurniture.isLoneNumber(text) && section.lastClause() != null
                && (section.style() == LabelStyle.LETTER || !nextNumber(text));
        if (!lonePageNumber && !PageFurniture.is(text)) {
            return false;
        }
        log.ignore(line, "page header or footer of a copied PDF");
        return true;
    }

    private boolean nextNumber(String text) {
        DraftClause last = section.lastClause();
        List<LabelOrder.Component> previous = last == null ? null : LabelOrder.parse(last.writtenLabel(), LabelStyle.NUMBER);
        return LabelOrder.follows(previous, LabelOrder.parse(text, LabelStyle.NUMBER));
    }

    private boolean readHeading(int line, CleanLine clean) {
        String text = clean.text();
        if (options.notHeadings().contains(line)) {
            return false;
        }
        boolean mayBeJoined = flattenedChanges && !options.cleanLines().contains(line);
        Optional<Heading[]> joined = mayBeJoined ? SectionHeadings.splitJoined(text) : Optional.empty();
        Optional<Heading> heading = joined.isPresent() ? Optional.empty()
                : SectionHeadings.recognize(text).or(() -> SectionHeadings.section(text));
        if (heading.isPresent() && heading.get().addressee() != null && continuesSentence(line)) {
            // "instructs the Secretary-General and ..." at the start of a wrapped line of a PDF copy
            return false;
        }
        if (joined.isPresent()) {
            startJoinedSection(line, text, joined.get());
        } else if (heading.isPresent()) {
            startSection(line, heading.get(), null);
        } else {
            Optional<Heading> probable = SectionHeadings.probable(text).filter(h -> standsAsHeading(line));
            if (probable.isEmpty()) {
                return false;
            }
            startSection(line, probable.get(), null);
            flags.add(new ParseFlag(line, ParseFlag.Kind.UNKNOWN_HEADING, text,
                    "Line %d, \"%s\", reads like a %s heading but is not one the parser knows; it was read as a heading. Please confirm, or read it as text of the clause above."
                            .formatted(line, probable.get().text(), probable.get().kind() == SectionKind.PREAMBLE ? "preamble" : "operative")));
        }
        wordFootnotes.ignore(line, clean, "footnote to a section heading (not kept)");
        return true;
    }

    /** Whether the line right above stopped mid-sentence in a clause of this section. */
    private boolean continuesSentence(int line) {
        DraftClause last = section == null ? null : section.lastClause();
        return last != null && lastTextLine == line - 1 && last.endsMidSentence();
    }

    /** An unknown heading must stand where headings stand: after a finished item, before a new one. */
    private boolean standsAsHeading(int line) {
        String previous = lastTextLine > 0 ? WordResidue.clean(lines.get(lastTextLine - 1)).text() : "";
        boolean afterItem = (section == null || section.lastClause() == null || ENDS_ITEM.matcher(previous).matches())
                && !continuesSentence(line);
        String next = nextText(line);
        boolean beforeItem = next != null && (LabelledLine.read(next).filter(l -> l.style() != LabelStyle.BULLET).isPresent()
                || next.startsWith("that ") || next.startsWith("to "));
        return afterItem && beforeItem;
    }

    private String nextText(int line) {
        for (int next = line + 1; next <= lines.size() && next <= line + 5; next++) {
            String text = WordResidue.clean(lines.get(next - 1)).text();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    /**
     * A heading wrapped over two lines by a PDF copy ("... of the Telecommunication Development" /
     * "Bureau"), or a SECTION heading with its title on the next line: a short line with no ending
     * punctuation, right after the heading and before the section's first label.
     */
    private boolean readHeadingTail(int line, String text) {
        if (section.lastClause() != null || section.line() != lastTextLine || text.length() > MAX_HEADING_TAIL
                || ENDS_ITEM.matcher(text).matches() || text.startsWith("that ") || text.startsWith("to ")
                || LabelledLine.read(text).isPresent()) {
            return false;
        }
        String next = nextText(line);
        if (next == null || LabelledLine.read(next).filter(l -> l.style() != LabelStyle.BULLET).isEmpty()) {
            return false;
        }
        section.extendHeading(text);
        log.role(line, LineRole.CONTINUATION);
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
        String message = "Line %d: \"%s\" looks like two headings joined by a tracked change; it was read as \"%s\" replacing \"%s\". The order is not reliable: please confirm."
                .formatted(line, text, current.text(), previous.text());
        log.warn(line, message);
        flags.add(new ParseFlag(line, ParseFlag.Kind.GUESSED_CHANGE, text, message));
    }

    /** @return the clause the line belongs to, or null if it was ignored */
    private DraftClause readItem(int line, String text) {
        Optional<LabelledLine> labelled = LabelledLine.read(text).filter(item -> !item.decimal() || acceptsDecimal(item, text));
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

    /** "1.1" before a tab, or where it continues the section's numbering; "2.5 million ..." is text. */
    private boolean acceptsDecimal(LabelledLine item, String text) {
        if (LabelledLine.tabbed(text)) {
            return true;
        }
        DraftClause last = section.lastClause();
        List<LabelOrder.Component> previous = last == null || last.writtenLabel() == null ? null
                : LabelOrder.parse(last.writtenLabel(), LabelStyle.NUMBER);
        return LabelOrder.follows(previous, LabelOrder.parse(item.label(), LabelStyle.NUMBER));
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
     * A section may open with one unnumbered clause ("resolves" then "that ..."). A line that goes on
     * with a sentence the line above left unfinished is the same paragraph wrapped (a PDF copy); any
     * other line without a label is added to the clause above, after its sub-items if it has any, with
     * a warning.
     */
    private DraftClause readUnlabelled(int line, String text) {
        DraftClause clause = section.lastClause();
        if (clause == null) {
            DraftClause unnumbered = new DraftClause(null, line, text);
            section.clauses().add(unnumbered);
            log.role(line, LineRole.CLAUSE);
            return unnumbered;
        }
        if (lastTextLine == line - 1 && (clause.endsMidSentence() || clause.endsWithCommaInWrappedText() && wrapsAfterComma(text))) {
            clause.continueLine(text);
            log.role(line, LineRole.CONTINUATION);
            return clause;
        }
        if (clause.hasText() || clause.hasSubItems()) {
            String label = clause.writtenLabel() == null ? "the unnumbered clause" : "\"" + clause.writtenLabel() + "\"";
            log.warn(line, "Line %d has no label; it was added to the text of %s above (line %d). Please check."
                    .formatted(line, label, clause.line()));
        }
        if (clause.hasSubItems()) {
            clause.addTail(text);
        } else {
            clause.appendText(text);
        }
        log.role(line, LineRole.CONTINUATION);
        return clause;
    }

    /**
     * "... evolution in policies," / "regulations, networks and services ...;": a narrow copy wraps a
     * paragraph after a comma too. In text already wrapped, a line starting with a lower-case word (not a
     * new "that" or "to" paragraph) goes on with the sentence; one paragraph a line keeps its paragraphs.
     */
    private static boolean wrapsAfterComma(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && !text.startsWith("that ") && !text.startsWith("to ");
    }

    /** "1 These include ..." after a word carrying the mark 1: the footnote's text, in a clean text or a PDF copy. */
    private boolean readFootnoteText(int line, String text) {
        Matcher footnote = FootnoteMarks.footnoteText(text);
        if (footnote == null) {
            return false;
        }
        int number = Integer.parseInt(footnote.group(1));
        if (!marks.isPending(number) || section.style() == LabelStyle.NUMBER && nextNumber(footnote.group(1))) {
            return false;
        }
        marks.resolve(number, footnote.group(2).strip());
        log.role(line, LineRole.FOOTNOTE);
        return true;
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
        wordFootnotes.attach(line, clean, section == null ? null : section.lastClause());
    }
}
