package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CITEL proposal to revise Resolution 68 for WTSA-24, exported from Word with its tracked changes
 * flattened (see DOMAIN.md): the new structure must come out exactly, and every inference must be
 * reported.
 */
class SeedResolutionTest {

    private static ParsedResolution seed;

    @BeforeAll
    static void parseSeed() throws ResolutionParseException {
        seed = new ResolutionParser().parse(Outline.resource("res68-citel-mod-wtsa24.txt"));
    }

    @Test
    void reads_the_header_with_both_revisions() {
        assertThat(seed.number()).isEqualTo("68");
        assertThat(seed.title()).isEqualTo("Evolving role of industry in the ITU Telecommunication Standardization Sector");
        assertThat(seed.revision()).isEqualTo(new RevisionRef("New Delhi", 2024));
        assertThat(seed.previousRevision()).isEqualTo(new RevisionRef("Hammamet", 2016));
        assertThat(seed.history()).containsExactly(new RevisionRef("Johannesburg", 2008), new RevisionRef("Dubai", 2012),
                new RevisionRef("Hammamet", 2016), new RevisionRef("New Delhi", 2024));
        assertThat(seed.assemblyLine()).isEqualTo("The World Telecommunication Standardization Assembly (New Delhi, 2024),");
    }

    @Test
    void reads_the_2024_structure_with_the_2016_labels() {
        assertThat(Outline.of(seed)).containsExactly(
                "considering (was recognizing): a b +c +d +e c>f +g d>h e>i f>j",
                "recognizing (was considering): a b c",
                "recognizing further: a b c d",
                "noting: a -b c>b +c +d d>e e>f",
                "resolves to instruct the Director of the Telecommunication Standardization Bureau: 1 2 -3 +3 +4 +5 4>6 +7 5>8 +9 6>10 7>11 8>12",
                "resolves to instruct TSAG: 1 2 3",
                "encourages Sector Members, Associates (including SMEs) from developed and developing countries, as appropriate: 1 2");
    }

    @Test
    void counts_the_clauses_of_each_2024_section() {
        assertThat(seed.sections()).extracting(section -> section.clauses().stream().filter(c -> c.label() != null).count())
                .containsExactly(10L, 3L, 4L, 6L, 12L, 3L, 2L);
    }

    @Test
    void the_2016_tsb_section_had_eight_clauses() {
        List<String> previousLabels = section(4).clauses().stream()
                .map(ParsedClause::previousLabel).filter(label -> label != null).toList();
        assertThat(previousLabels).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    }

    @Test
    void names_kinds_addressees_and_heading_lines() {
        assertThat(seed.sections()).extracting(ParsedSection::kind, ParsedSection::addressee, ParsedSection::line).containsExactly(
                tuple(SectionKind.PREAMBLE, null, 9),
                tuple(SectionKind.PREAMBLE, null, 24),
                tuple(SectionKind.PREAMBLE, null, 28),
                tuple(SectionKind.PREAMBLE, null, 36),
                tuple(SectionKind.OPERATIVE, "the Director of the Telecommunication Standardization Bureau", 44),
                tuple(SectionKind.OPERATIVE, "TSAG", 58),
                tuple(SectionKind.OPERATIVE, "Sector Members, Associates (including SMEs) from developed and developing countries, as appropriate", 62));
    }

    @Test
    void a_deleted_clause_has_only_its_previous_label() {
        ParsedClause deleted = section(4).clauses().get(2);
        assertThat(deleted.label()).isNull();
        assertThat(deleted.previousLabel()).isEqualTo("3");
        assertThat(deleted.change()).isEqualTo(ClauseChange.DELETED);
        assertThat(deleted.line()).isEqualTo(47);
        assertThat(deleted.text()).startsWith("to encourage participation in the CTO group");
        assertThat(deleted.previousText()).isNull();
    }

    @Test
    void keeps_sub_items_under_their_item() {
        ParsedClause h = clause(0, "h");
        assertThat(h.subItems()).hasSize(2).allSatisfy(item -> assertThat(item).startsWith("– to "));
        assertThat(h.subItems().get(1)).endsWith("working procedures of ITU\u2011T;");
        ParsedClause b = clause(2, "b");
        assertThat(b.subItems()).containsExactly(
                "- to attract industry decision-makers to discuss, inter alia, how ITU-T can provide value in the overall standardization landscape;",
                "- to contribute to the dialogue among all parties; and",
                "- provide valuable feedback on the Action Plan;");
    }

    @Test
    void moves_footnotes_out_of_the_text() {
        ParsedClause b = clause(0, "b");
        assertThat(b.text()).endsWith("on bridging the standardization gap between developed and developing countries;");
        assertThat(b.footnotes()).containsExactly(
                "These include the least developed countries, small island developing states, landlocked developing countries and countries with economies in transition.");
        ParsedClause i = clause(0, "i");
        assertThat(i.text()).contains("called CTO or CxO meetings, to discuss").doesNotContain("[");
        assertThat(i.footnotes()).singleElement().asString().startsWith("CTO refers to Chief Technology Officer");
        assertThat(seed.sections()).flatMap(ParsedSection::clauses).filteredOn(c -> !c.footnotes().isEmpty()).hasSize(2);
    }

    @Test
    void keeps_clause_text_and_first_line() {
        ParsedClause first = section(4).clauses().get(0);
        assertThat(first.line()).isEqualTo(45);
        assertThat(first.text()).startsWith("to continue to organize and expand meetings").endsWith("industry executive level;");
        assertThat(clause(3, "f").text()).isEqualTo("that TSB also organizes CxO meetings (executive meetings),");
        assertThat(seed.sections()).flatMap(ParsedSection::clauses).extracting(ParsedClause::previousText).containsOnlyNulls();
    }

    @Test
    void warns_about_every_inference_from_flattened_changes() {
        assertThat(seed.warnings()).extracting(ParseWarning::line).containsExactly(4, 8, 9, 11, 16, 18, 24, 47);
        assertThat(warning(9)).contains("\"considering\" replacing \"recognizing\"").contains("confirm");
        assertThat(warning(24)).contains("\"recognizing\" replacing \"considering\"").contains("confirm");
        assertThat(warning(16)).contains("520700").contains("520 → 700");
        assertThat(warning(18)).contains("Dubai, 2012 → New Delhi, 2024");
        assertThat(warning(47)).contains("a deleted clause 3 rather than as an inserted clause 3");
        assertThat(warning(4)).contains("Hammamet, 2016").contains("New Delhi, 2024");
    }

    @Test
    void lists_lines_outside_the_resolution_as_ignored() {
        assertThat(seed.ignored()).extracting(IgnoredLine::line, IgnoredLine::reason).containsExactly(
                tuple(1, "before the resolution header"),
                tuple(2, "before the resolution header"),
                tuple(3, "before the resolution header"),
                tuple(12, "blank line"),
                tuple(22, "blank line"),
                tuple(65, "blank line"));
        assertThat(seed.ignored().get(2).text()).isEqualTo(" MOD\tIAP/39A13/1");
    }

    private static ParsedSection section(int index) {
        return seed.sections().get(index);
    }

    private static ParsedClause clause(int section, String label) {
        return section(section).clauses().stream().filter(c -> label.equals(c.label())).findFirst().orElseThrow();
    }

    private static String warning(int line) {
        return seed.warnings().stream().filter(w -> w.line() == line).map(ParseWarning::message).findFirst().orElseThrow();
    }
}
