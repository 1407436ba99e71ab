package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds one {@link ParsedResolution} from the two sides of a .docx with tracked changes. Each side
 * is parsed as a clean text; since both have one line per paragraph, a clause on the same line on
 * both sides is the same paragraph, and its two labels give the change exactly.
 */
final class RevisionMerger {

    private static final String PREVIOUS_PREFIX = "In the previous revision: ";

    private final DocxText text;
    private final ParseOptions options;
    private final List<ParseWarning> warnings = new ArrayList<>();

    RevisionMerger(DocxText text, ParseOptions options) {
        this.text = text;
        this.options = options;
    }

    ParsedResolution merge() throws ResolutionParseException {
        PlainTextReader cleanReader = new PlainTextReader(false, options);
        ParsedResolution current = cleanReader.read(text.newLines());
        ParsedResolution previous;
        try {
            previous = cleanReader.read(text.oldLines());
        } catch (ResolutionParseException e) {
            List<ParseWarning> all = new ArrayList<>(current.warnings());
            all.add(new ParseWarning(e.line(), "The previous revision in the tracked changes could not be read (" + e.getMessage()
                    + "); changes are not shown."));
            return new ParsedResolution(current.number(), current.title(), current.revision(), null, current.history(),
                    current.assemblyLine(), current.sections(), all, current.ignored(), current.sourceLines(),
                    current.footnotes(), List.of(), current.flags());
        }
        List<ParsedSection> sections = mergeSections(current, previous);
        Set<Integer> previousSideLines = previousSideLines();
        RevisionRef previousRevision = previous.revision().equals(current.revision()) ? null : previous.revision();
        return new ParsedResolution(current.number(), current.title(), current.revision(), previousRevision,
                current.history(), current.assemblyLine(), sections, mergedWarnings(current, previous),
                mergedIgnored(current, previous, previousSideLines), mergedSourceLines(current, previous, previousSideLines),
                current.footnotes(), List.of(), current.flags());
    }

    private List<ParsedSection> mergeSections(ParsedResolution current, ParsedResolution previous) {
        Map<Integer, ParsedClause> newClauses = clausesByLine(current);
        Map<Integer, ParsedClause> oldClauses = clausesByLine(previous);
        TreeMap<Integer, ParsedSection> newSections = sectionsByLine(current);
        TreeMap<Integer, ParsedSection> oldSections = sectionsByLine(previous);
        TreeMap<Integer, List<ParsedClause>> slots = new TreeMap<>();
        newSections.keySet().forEach(line -> slots.put(line, new ArrayList<>()));
        oldSections.keySet().forEach(line -> slots.putIfAbsent(line, new ArrayList<>()));

        for (ParsedSection section : current.sections()) {
            for (ParsedClause clause : section.clauses()) {
                slots.get(section.line()).add(mergeClause(clause, oldClauses.get(clause.line())));
            }
        }
        for (ParsedSection section : previous.sections()) {
            for (ParsedClause clause : section.clauses()) {
                if (!newClauses.containsKey(clause.line())) {
                    slots.get(deletedClauseSlot(section, clause, newSections)).add(deleted(clause));
                }
            }
        }
        List<ParsedSection> sections = new ArrayList<>();
        slots.forEach((line, clauses) -> {
            clauses.sort(Comparator.comparingInt(ParsedClause::line));
            sections.add(section(line, newSections.get(line), oldSections.get(line), clauses));
        });
        return sections;
    }

    /** A deleted clause stays where it stood: in the new section covering its line, if its own section survived. */
    private static int deletedClauseSlot(ParsedSection oldSection, ParsedClause clause,
            TreeMap<Integer, ParsedSection> newSections) {
        Integer covering = newSections.floorKey(clause.line());
        return newSections.containsKey(oldSection.line()) && covering != null ? covering : oldSection.line();
    }

    private ParsedClause mergeClause(ParsedClause current, ParsedClause previous) {
        if (previous == null) {
            ClauseChange change = current.change() == ClauseChange.UNCERTAIN ? ClauseChange.UNCERTAIN : ClauseChange.INSERTED;
            return new ParsedClause(current.label(), null, change, current.text(), current.subItems(), current.footnotes(),
                    current.line(), null);
        }
        ClauseChange change = current.change() == ClauseChange.UNCERTAIN ? ClauseChange.UNCERTAIN
                : current.label().equals(previous.label()) ? ClauseChange.UNCHANGED : ClauseChange.RELABELLED;
        String previousText = previous.text().equals(current.text()) ? null : previous.text();
        if (!previous.subItems().equals(current.subItems())) {
            warnings.add(new ParseWarning(current.line(), "Line %d: the sub-items under \"%s\" changed; the new ones are kept."
                    .formatted(current.line(), current.label())));
        }
        return new ParsedClause(current.label(), previous.label(), change, current.text(), current.subItems(),
                current.footnotes(), current.line(), previousText);
    }

    private static ParsedClause deleted(ParsedClause previous) {
        return new ParsedClause(null, previous.label(), ClauseChange.DELETED, previous.text(), previous.subItems(),
                previous.footnotes(), previous.line(), null);
    }

    private ParsedSection section(int line, ParsedSection current, ParsedSection previous, List<ParsedClause> clauses) {
        if (current == null) {
            warnings.add(new ParseWarning(line, "Line %d: the section \"%s\" exists only in the previous revision; it was deleted."
                    .formatted(line, previous.heading())));
            return new ParsedSection(previous.heading(), null, previous.kind(), previous.addressee(), line, clauses,
                    previous.addressees());
        }
        if (previous == null) {
            warnings.add(new ParseWarning(line, "Line %d: the section \"%s\" is new in this revision."
                    .formatted(line, current.heading())));
        }
        String previousHeading = previous == null || previous.heading().equals(current.heading()) ? null : previous.heading();
        return new ParsedSection(current.heading(), previousHeading, current.kind(), current.addressee(), line, clauses,
                current.addressees());
    }

    /** Lines whose paragraph is empty in the new revision but not in the previous one: read from the previous side. */
    private Set<Integer> previousSideLines() {
        Set<Integer> lines = new HashSet<>();
        for (int i = 0; i < text.newLines().size(); i++) {
            if (text.newLines().get(i).isBlank() && !text.oldLines().get(i).isBlank()) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    private List<SourceLine> mergedSourceLines(ParsedResolution current, ParsedResolution previous, Set<Integer> previousSide) {
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < current.sourceLines().size(); i++) {
            lines.add(previousSide.contains(i + 1) ? previous.sourceLines().get(i) : current.sourceLines().get(i));
        }
        return lines;
    }

    private static List<IgnoredLine> mergedIgnored(ParsedResolution current, ParsedResolution previous, Set<Integer> previousSide) {
        List<IgnoredLine> ignored = new ArrayList<>();
        current.ignored().stream().filter(line -> !previousSide.contains(line.line())).forEach(ignored::add);
        previous.ignored().stream().filter(line -> previousSide.contains(line.line())).forEach(ignored::add);
        ignored.sort(Comparator.comparingInt(IgnoredLine::line));
        return ignored;
    }

    private List<ParseWarning> mergedWarnings(ParsedResolution current, ParsedResolution previous) {
        List<ParseWarning> all = new ArrayList<>(current.warnings());
        Set<String> known = new HashSet<>();
        current.warnings().forEach(warning -> known.add(warning.line() + ":" + warning.message()));
        for (ParseWarning warning : previous.warnings()) {
            if (!known.contains(warning.line() + ":" + warning.message())) {
                all.add(new ParseWarning(warning.line(), PREVIOUS_PREFIX + warning.message()));
            }
        }
        all.addAll(warnings);
        all.sort(Comparator.comparingInt(ParseWarning::line));
        return all;
    }

    private static Map<Integer, ParsedClause> clausesByLine(ParsedResolution resolution) {
        Map<Integer, ParsedClause> byLine = new HashMap<>();
        resolution.sections().forEach(section -> section.clauses().forEach(clause -> byLine.put(clause.line(), clause)));
        return byLine;
    }

    private static TreeMap<Integer, ParsedSection> sectionsByLine(ParsedResolution resolution) {
        TreeMap<Integer, ParsedSection> byLine = new TreeMap<>();
        resolution.sections().forEach(section -> byLine.put(section.line(), section));
        return byLine;
    }
}
