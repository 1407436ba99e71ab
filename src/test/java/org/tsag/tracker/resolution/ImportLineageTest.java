package org.tsag.tracker.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.resolution.parse.ResolutionParser;
import org.tsag.tracker.testsupport.IntegrationTest;

/** Lineage links proposed by the preview can be changed before import; bad choices write nothing. */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ImportLineageTest {

    @Autowired
    ResolutionService service;

    private static final int TSB = 4;

    @Test
    void the_preview_proposes_lineage_and_the_import_keeps_the_choices_made() throws Exception {
        service.importRevision(RevisionImports.from(parse("/demo/res68-rev2016.txt"), "test", null, false));
        RevisionImport proposal = RevisionImports.from(parse("/resolution/res68-citel-mod-wtsa24.txt"), "test", null, true);

        ImportPreview preview = service.previewImport(proposal);
        assertThat(preview.duplicate()).isFalse();
        assertThat(preview.previousRevision()).isEqualTo("Hammamet, 2016");
        List<RevisionImport.ClauseImport> tsb = proposal.sections().get(TSB).clauses();
        int eight = indexOf(tsb, "8");
        long fiveOf2016 = preview.inferred().get(TSB).get(eight);
        assertThat(preview.options()).anyMatch(o -> o.clauseId() == fiveOf2016 && o.label().equals("5"));

        // the person says clause 1 continues nothing, clause 9 continues 2016's 5 as well; the rest as proposed
        int one = indexOf(tsb, "1");
        int nine = indexOf(tsb, "9");
        List<RevisionImport.SectionImport> sections = new ArrayList<>();
        for (int s = 0; s < proposal.sections().size(); s++) {
            RevisionImport.SectionImport section = proposal.sections().get(s);
            List<RevisionImport.ClauseImport> clauses = new ArrayList<>();
            for (int c = 0; c < section.clauses().size(); c++) {
                Long chosen = preview.inferred().get(s).get(c);
                if (s == TSB && c == one) {
                    chosen = null;
                } else if (s == TSB && c == nine) {
                    chosen = fiveOf2016;
                }
                RevisionImport.ClauseImport clause = section.clauses().get(c);
                clauses.add(new RevisionImport.ClauseImport(clause.label(), clause.previousLabel(), clause.change(),
                        clause.text(), clause.subItems(), clause.footnotes(), new RevisionImport.Lineage(chosen)));
            }
            sections.add(new RevisionImport.SectionImport(section.heading(), section.previousHeading(),
                    section.kind(), section.addressee(), clauses));
        }
        service.importRevision(withSections(proposal, sections));

        var stored = service.find("68", 2024).orElseThrow().revision().sections().get(TSB).clauses();
        assertThat(stored).filteredOn(c -> "8".equals(c.label())).extracting(ResolutionPage.Clause::lineageLabel)
                .containsExactly("5");
        assertThat(stored).filteredOn(c -> "9".equals(c.label())).extracting(ResolutionPage.Clause::lineageLabel)
                .containsExactly("5");
        assertThat(stored).filteredOn(c -> "1".equals(c.label())).extracting(ResolutionPage.Clause::lineageLabel)
                .containsOnlyNulls();
    }

    @Test
    void a_lineage_link_outside_the_previous_revision_is_refused_and_nothing_is_written() throws Exception {
        RevisionImport proposal = RevisionImports.from(parse("/resolution/res77-two-digit-renumbering.txt"), "test", null, true);
        List<RevisionImport.SectionImport> sections = new ArrayList<>(proposal.sections());
        RevisionImport.SectionImport first = sections.getFirst();
        List<RevisionImport.ClauseImport> clauses = new ArrayList<>(first.clauses());
        RevisionImport.ClauseImport clause = clauses.getFirst();
        clauses.set(0, new RevisionImport.ClauseImport(clause.label(), clause.previousLabel(), clause.change(),
                clause.text(), clause.subItems(), clause.footnotes(), new RevisionImport.Lineage(Long.MAX_VALUE)));
        sections.set(0, new RevisionImport.SectionImport(first.heading(), first.previousHeading(), first.kind(),
                first.addressee(), clauses));

        assertThatThrownBy(() -> service.importRevision(withSections(proposal, sections)))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("not in the previous revision")
                .satisfies(e -> assertThat(((ImportRejectedException) e).section()).isZero());
        assertThat(service.find(proposal.number(), null)).isEmpty();
    }

    private static int indexOf(List<RevisionImport.ClauseImport> clauses, String label) {
        for (int i = 0; i < clauses.size(); i++) {
            if (label.equals(clauses.get(i).label())) {
                return i;
            }
        }
        throw new AssertionError("no clause " + label);
    }

    private static RevisionImport withSections(RevisionImport r, List<RevisionImport.SectionImport> sections) {
        return new RevisionImport(r.number(), r.title(), r.place(), r.year(), r.history(), r.assemblyLine(),
                r.previousPlace(), r.previousYear(), r.source(), r.fullText(), r.inForce(), sections);
    }

    private static org.tsag.tracker.resolution.parse.ParsedResolution parse(String resource) throws Exception {
        try (InputStream in = ImportLineageTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            return new ResolutionParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
