package org.tsag.tracker.resolution.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tsag.tracker.resolution.ImportPreview;
import org.tsag.tracker.resolution.RevisionImport;
import org.tsag.tracker.resolution.parse.LineRole;
import org.tsag.tracker.resolution.parse.ParsedClause;
import org.tsag.tracker.resolution.parse.ParsedResolution;
import org.tsag.tracker.resolution.parse.ParsedSection;
import org.tsag.tracker.resolution.parse.SourceLine;

/** The parsed revision as the person corrects it in the import preview, until it is imported. */
final class ImportDraft {

    final ParsedResolution parsed;
    final RevisionImport base;
    final ImportPreview lineage;
    final List<String> textLines;
    final List<Section> sections = new ArrayList<>();
    final int headerLine;
    /** Per unknown addressee name: the entity to create, or null to keep the addressee as text only. */
    final Map<String, RevisionImport.NewEntity> addresseeChoices = new LinkedHashMap<>();

    private ImportDraft(ParsedResolution parsed, RevisionImport base, ImportPreview lineage, List<String> textLines) {
        this.parsed = parsed;
        this.base = base;
        this.lineage = lineage;
        this.textLines = textLines;
        this.headerLine = headerLine(parsed);
    }

    static int headerLine(ParsedResolution parsed) {
        return parsed.sourceLines().stream()
                .filter(l -> l.role() == LineRole.HEADER)
                .map(SourceLine::line)
                .findFirst()
                .orElse(1);
    }

    static ImportDraft of(ParsedResolution parsed, RevisionImport base, ImportPreview lineage, List<String> textLines) {
        ImportDraft draft = new ImportDraft(parsed, base, lineage, textLines);
        int lastLine = parsed.sourceLines().size() + 1;
        for (int s = 0; s < parsed.sections().size(); s++) {
            ParsedSection section = parsed.sections().get(s);
            RevisionImport.SectionImport imported = base.sections().get(s);
            Section draftSection = new Section(imported, section.line());
            int nextSectionLine = s + 1 < parsed.sections().size() ? parsed.sections().get(s + 1).line() : lastLine;
            for (int c = 0; c < section.clauses().size(); c++) {
                ParsedClause clause = section.clauses().get(c);
                int next = c + 1 < section.clauses().size() ? section.clauses().get(c + 1).line() : nextSectionLine;
                Long inferred = s < lineage.inferred().size() && c < lineage.inferred().get(s).size()
                        ? lineage.inferred().get(s).get(c) : null;
                draftSection.clauses.add(new Clause(imported.clauses().get(c), clause.line(), next, inferred));
            }
            draft.sections.add(draftSection);
        }
        return draft;
    }

    int lineOf(int section, int clause) {
        if (section < 0 || section >= sections.size()) {
            return headerLine;
        }
        Section s = sections.get(section);
        return clause < 0 || clause >= s.clauses.size() ? s.line : s.clauses.get(clause).line;
    }

    /** Whether every unknown addressee has been decided (created or kept as text). */
    boolean addresseesDecided() {
        return lineage.unknownAddressees().stream().allMatch(a -> addresseeChoices.containsKey(a.name()));
    }

    RevisionImport toImport(boolean inForce) {
        boolean explicitLineage = !lineage.options().isEmpty();
        List<RevisionImport.NewEntity> created = addresseeChoices.values().stream().filter(e -> e != null).toList();
        return new RevisionImport(base.number(), base.title(), base.place(), base.year(), base.history(),
                base.assemblyLine(), base.previousPlace(), base.previousYear(), base.source(), base.fullText(),
                inForce, sections.stream().map(s -> s.toImport(explicitLineage)).toList(), created);
    }

    /** A section as parsed, with the heading, kind and addressee a person may correct. */
    static final class Section {
        final RevisionImport.SectionImport parsed;
        String heading;
        String previousHeading;
        String kind;
        String addressee;
        final int line;
        final List<Clause> clauses = new ArrayList<>();

        Section(RevisionImport.SectionImport section, int line) {
            this.parsed = section;
            this.heading = section.heading();
            this.previousHeading = section.previousHeading();
            this.kind = section.kind();
            this.addressee = section.addressee();
            this.line = line;
        }

        RevisionImport.SectionImport toImport(boolean explicitLineage) {
            // a corrected addressee is matched as written; the parser's split holds only for its own reading
            List<String> parties = java.util.Objects.equals(addressee, parsed.addressee()) ? parsed.addressees() : List.of();
            return new RevisionImport.SectionImport(heading, previousHeading, kind, addressee,
                    clauses.stream().map(c -> c.toImport(explicitLineage)).toList(), parties);
        }
    }

    /** A clause as parsed, with the label and the lineage a person may correct. */
    static final class Clause {
        final RevisionImport.ClauseImport parsed;
        String label;
        final int line;
        final int nextLine;
        Long lineage;

        Clause(RevisionImport.ClauseImport clause, int line, int nextLine, Long inferred) {
            this.parsed = clause;
            this.label = clause.label();
            this.line = line;
            this.nextLine = nextLine;
            this.lineage = inferred;
        }

        RevisionImport.ClauseImport toImport(boolean explicitLineage) {
            String chosenLabel = label == null ? null : label.trim();
            return new RevisionImport.ClauseImport(chosenLabel, parsed.previousLabel(), parsed.change(), parsed.text(),
                    parsed.subItems(), parsed.footnotes(), explicitLineage ? new RevisionImport.Lineage(lineage) : null);
        }
    }
}
