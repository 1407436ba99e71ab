package org.tsag.tracker.resolution;

import java.util.List;

import org.tsag.tracker.resolution.parse.ParsedClause;
import org.tsag.tracker.resolution.parse.ParsedResolution;
import org.tsag.tracker.resolution.parse.ParsedSection;

/** Turns what the parser read into a revision to import. */
public final class RevisionImports {

    private RevisionImports() {
    }

    public static RevisionImport from(ParsedResolution parsed, String source, String fullText, boolean inForce) {
        if (parsed.revision() == null) {
            throw new IllegalArgumentException("The text names no revision (place and year), so it cannot be imported.");
        }
        return new RevisionImport(
                parsed.number(),
                parsed.title(),
                parsed.revision().place(),
                parsed.revision().year(),
                historyLine(parsed),
                parsed.assemblyLine(),
                parsed.previousRevision() == null ? null : parsed.previousRevision().place(),
                parsed.previousRevision() == null ? null : parsed.previousRevision().year(),
                source,
                fullText,
                inForce,
                parsed.sections().stream().map(RevisionImports::section).toList());
    }

    /** Validates the import as the service will, before any database is opened. */
    public static void check(RevisionImport revision, ParsedResolution parsed) {
        RevisionLimits.check(revision);
    }

    /** The input line of a section (-1: the header) or clause of the import, to name in a refusal. */
    public static int lineOf(ParsedResolution parsed, int section, int clause) {
        int header = parsed.sourceLines().stream()
                .filter(l -> l.role() == org.tsag.tracker.resolution.parse.LineRole.HEADER)
                .mapToInt(org.tsag.tracker.resolution.parse.SourceLine::line)
                .findFirst()
                .orElse(1);
        if (section < 0 || section >= parsed.sections().size()) {
            return header;
        }
        ParsedSection s = parsed.sections().get(section);
        return clause < 0 || clause >= s.clauses().size() ? s.line() : s.clauses().get(clause).line();
    }

    private static String historyLine(ParsedResolution parsed) {
        if (parsed.history() == null || parsed.history().isEmpty()) {
            return null;
        }
        return "(" + String.join("; ", parsed.history().stream()
                .map(r -> r.place() + ", " + r.year())
                .toList()) + ")";
    }

    private static RevisionImport.SectionImport section(ParsedSection section) {
        return new RevisionImport.SectionImport(
                section.heading(),
                section.previousHeading(),
                section.kind().name(),
                section.addressee(),
                section.clauses().stream().map(RevisionImports::clause).toList(),
                section.addressees());
    }

    static RevisionImport.ClauseImport clause(ParsedClause clause) {
        return new RevisionImport.ClauseImport(
                clause.label(),
                clause.previousLabel(),
                clause.change().name(),
                clause.text(),
                List.copyOf(clause.subItems()),
                List.copyOf(clause.footnotes()));
    }
}
