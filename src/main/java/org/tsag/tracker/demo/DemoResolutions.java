package org.tsag.tracker.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.tsag.tracker.resolution.RevisionImport;
import org.tsag.tracker.resolution.RevisionImports;
import org.tsag.tracker.resolution.parse.ParsedClause;
import org.tsag.tracker.resolution.parse.ParsedResolution;
import org.tsag.tracker.resolution.parse.ParsedSection;
import org.tsag.tracker.resolution.parse.ResolutionParseException;
import org.tsag.tracker.resolution.parse.ResolutionParser;

/**
 * Resolution 68 in both revisions, produced by the parser. The structure and the lineage come
 * from the CITEL proposal with its tracked changes flattened; the wording of each revision comes
 * from a curated reading of that proposal, because flattened text mixes both revisions' words.
 */
final class DemoResolutions {

    static final String SOURCE = "CITEL proposal IAP/39A13/1 to WTSA-24 (tracked changes flattened)";

    private final ResolutionParser parser = new ResolutionParser();

    /** The 2016 revision (superseded), then the 2024 revision (in force) that continues it. */
    List<RevisionImport> resolution68() {
        ParsedResolution rev2016 = parse("res68-rev2016.txt");
        ParsedResolution proposal = parse("res68-citel-mod-wtsa24.txt");
        ParsedResolution rev2024 = parse("res68-rev2024.txt");
        RevisionImport old = RevisionImports.from(rev2016, SOURCE + ", reading of the deleted text",
                DemoCsv.text("res68-rev2016.txt"), false);
        return List.of(old, merge(proposal, rev2024, rev2016));
    }

    private ParsedResolution parse(String file) {
        try {
            return parser.parse(DemoCsv.text(file));
        } catch (ResolutionParseException e) {
            throw new IllegalStateException("demo/" + file + " does not parse: " + e.getMessage(), e);
        }
    }

    /** The proposal's structure and change marks, with the 2024 wording. */
    private RevisionImport merge(ParsedResolution proposal, ParsedResolution rev2024, ParsedResolution rev2016) {
        if (proposal.sections().size() != rev2024.sections().size()) {
            throw new IllegalStateException("demo texts disagree: the proposal has %d sections, the 2024 reading %d"
                    .formatted(proposal.sections().size(), rev2024.sections().size()));
        }
        RevisionImport base = RevisionImports.from(rev2024, SOURCE + ", reading of the inserted text",
                DemoCsv.text("res68-citel-mod-wtsa24.txt"), true);
        List<RevisionImport.SectionImport> sections = new ArrayList<>();
        for (int i = 0; i < proposal.sections().size(); i++) {
            ParsedSection marked = proposal.sections().get(i);
            ParsedSection clean = rev2024.sections().get(i);
            Optional<ParsedSection> previous = previousSection(marked, rev2016);
            List<RevisionImport.ClauseImport> clauses = new ArrayList<>();
            for (ParsedClause clause : marked.clauses()) {
                clauses.add(clause(clause, clean, previous));
            }
            sections.add(new RevisionImport.SectionImport(
                    clean.heading(), marked.previousHeading(), clean.kind().name(), clean.addressee(), clauses));
        }
        return new RevisionImport(base.number(), base.title(), base.place(), base.year(), base.history(),
                base.assemblyLine(), "Hammamet", 2016, base.source(), base.fullText(), true, sections);
    }

    private static RevisionImport.ClauseImport clause(ParsedClause marked, ParsedSection clean,
                                                      Optional<ParsedSection> previous) {
        if (marked.label() == null) {
            // deleted by 2024: keep the 2016 wording
            ParsedClause old = previous.flatMap(p -> byLabel(p, marked.previousLabel())).orElse(marked);
            return new RevisionImport.ClauseImport(null, marked.previousLabel(), "DELETED",
                    old.text(), old.subItems(), old.footnotes());
        }
        ParsedClause wording = byLabel(clean, marked.label()).orElseThrow(() -> new IllegalStateException(
                "demo/res68-rev2024.txt lacks clause %s of section '%s'".formatted(marked.label(), clean.heading())));
        String previousLabel = marked.previousLabel();
        String change = marked.change().name();
        boolean continuesOld = marked.previousLabel() != null
                && previous.flatMap(p -> byLabel(p, marked.previousLabel())).isPresent();
        if (!continuesOld) {
            // the 2016 reading has no such clause, so it is new in 2024
            previousLabel = null;
            change = "INSERTED";
        }
        return new RevisionImport.ClauseImport(marked.label(), previousLabel, change,
                wording.text(), wording.subItems(), wording.footnotes());
    }

    private static Optional<ParsedSection> previousSection(ParsedSection marked, ParsedResolution rev2016) {
        String heading = marked.previousHeading() != null ? marked.previousHeading() : marked.heading();
        return rev2016.sections().stream()
                .filter(s -> s.kind() == marked.kind())
                .filter(s -> s.heading().equalsIgnoreCase(heading))
                .findFirst();
    }

    private static Optional<ParsedClause> byLabel(ParsedSection section, String label) {
        return section.clauses().stream()
                .filter(c -> Objects.equals(c.label(), label))
                .findFirst();
    }
}
