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
                section.clauses().stream().map(RevisionImports::clause).toList());
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
