package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The general grammar of ITU resolutions, one construct at a time (the cases of issue 13). */
class GrammarTest {

    private static final String HEAD =
            "RESOLUTION 9 (Geneva, 2022)\nTitle\nThe World Telecommunication Standardization Assembly (Geneva, 2022),\n";

    private final ResolutionParser parser = new ResolutionParser();

    @ParameterizedTest
    @ValueSource(strings = {"WTSA RESOLUTION 22 (Rev. Dubai, 2012)", "PP RESOLUTION 22 (Rev. Dubai, 2012)",
        "\uFEFFRESOLUTION 22 (Rev. Dubai, 2012)", "Resolution 22 (Rev. Dubai, 2012)", "MOD RESOLUTION 22 (Rev. DUBAI, 2012)"})
    void reads_headers_as_they_are_written(String header) throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(header
                + "\nTitle\nThe World Telecommunication Standardization Assembly (Dubai, 2012),\nresolves\n1\tto act.");

        assertThat(resolution.number()).isEqualTo("22");
        assertThat(resolution.revision().year()).isEqualTo(2012);
        assertThat(resolution.warnings()).isEmpty();
    }

    @Test
    void a_title_on_the_header_line() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse("Resolution 22 – Authorization for TSAG to act between assemblies\n"
                + "The World Telecommunication Standardization Assembly (Dubai, 2012),\nresolves\n1\tto act.");

        assertThat(resolution.title()).isEqualTo("Authorization for TSAG to act between assemblies");
        assertThat(resolution.revision()).isEqualTo(new RevisionRef("Dubai", 2012));
    }

    @Test
    void footnote_marks_are_cut_from_the_title_and_history_and_their_text_kept() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse("RESOLUTION 44 (Rev. Hammamet, 2016)\n"
                + "Bridging the standardization gap between developing1 and developed countries\n"
                + "(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012; Hammamet, 2016)1, 1bis\n"
                + "The World Telecommunication Standardization Assembly (Hammamet, 2016),\n"
                + "considering\na)\tthat the gap persists,\n"
                + "1\tThese include the least developed countries.");

        assertThat(resolution.title()).isEqualTo("Bridging the standardization gap between developing1 and developed countries"
                .replace("developing1", "developing"));
        assertThat(resolution.history()).hasSize(4);
        assertThat(resolution.footnotes()).containsExactly("These include the least developed countries.");
        assertThat(Outline.of(resolution)).containsExactly("considering: a");
    }

    @Test
    void a_digit_ending_a_technical_term_of_the_title_is_not_a_footnote_mark() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse("RESOLUTION 180 (Guadalajara, 2010)\nFacilitating the transition from IPv4 to IPv6\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),\n"
                + "considering\na)\tthat IPv6 matters,");

        assertThat(resolution.title()).isEqualTo("Facilitating the transition from IPv4 to IPv6");
        assertThat(resolution.ignored()).noneMatch(i -> i.reason().equals("footnote mark"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bueno AiresDubai, 20174", "DubaiBuenos Aires, 20147"})
    void a_citation_flattened_letter_by_letter_gives_both_years(String citation) throws ResolutionParseException {
        ParsedResolution resolution = parser.parse("RESOLUTION 37 (Rev. " + citation + ")\nBridging the digital divide\n"
                + "The World Telecommunication Development Conference (Dubai, 2014),\nrecalling\na)\tResolution 37;");

        assertThat(resolution.revision().year()).isEqualTo(2017);
        assertThat(resolution.previousRevision().year()).isEqualTo(2014);
        assertThat(resolution.changeEvidence()).extracting(ChangeEvidence::line).contains(1);
        assertThat(resolution.warnings()).anyMatch(w -> w.message().contains("looks like a tracked change"));
    }

    @Test
    void a_cover_header_is_not_followed_by_its_foreword_in_the_title() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse("Resolution 69 – Non-discriminatory access\n"
                + "This prepublication is an unedited version of a recently approved Resolution.\n© ITU 2012\n"
                + "Non-discriminatory access\n(Johannesburg, 2008; Dubai, 2012)\n"
                + "The World Telecommunication Standardization Assembly (Dubai, 2012),\nconsidering\nthat access matters,");

        assertThat(resolution.title()).isEqualTo("Non-discriminatory access");
        assertThat(resolution.ignored()).filteredOn(i -> i.reason().startsWith("not part of the title")).hasSize(3);
        assertThat(Outline.of(resolution)).containsExactly("considering: (unnumbered)");
    }

    @Test
    void a_narrow_copy_wraps_the_header_bracket_the_assembly_line_the_heading_and_after_commas() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse("RESOLUTION 73\n(Minneapolis, 1998)\nWorld\nsummit on the information society\n"
                + "The\nPlenipotentiary Conference of the International\nTelecommunication Union (Minneapolis, 1998),\n"
                + "conscious\na)\nof the fact that the globalization must\ntake account of a harmonious evolution in policies,\n"
                + "regulations, networks and services in all Member States;\nb)\nof the emergence of the information society,\n"
                + "resolves to instruct the\nSecretary-General\n1 to place the\nquestion on the agenda;\n2 to report.");

        assertThat(resolution.title()).isEqualTo("World summit on the information society");
        assertThat(resolution.revision()).isEqualTo(new RevisionRef("Minneapolis", 1998));
        assertThat(resolution.assemblyLine())
                .isEqualTo("The Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998),");
        assertThat(Outline.of(resolution)).containsExactly("conscious: a b", "resolves to instruct the Secretary-General: 1 2");
        assertThat(resolution.sections().get(0).clauses().get(0).text()).isEqualTo("of the fact that the globalization must take "
                + "account of a harmonious evolution in policies, regulations, networks and services in all Member States;");
        assertThat(resolution.sections().get(1).addressees()).containsExactly("the Secretary-General");
        assertThat(resolution.warnings()).isEmpty();
    }

    @Test
    void a_committee_numbered_header_wrapped_over_three_lines_and_numbers_starting_wrapped_lines() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse("Resolution\nPLEN/7 (Marrakesh,\n2002)\nWorld Summit on the Information Society\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Marrakesh, 2002),\n"
                + "recalling\nResolution\n73 (Minneapolis, 1998) of the Plenipotentiary Conference, Resolution 1179 adopted by the Council at its\n"
                + "2001 session,\nresolves\n1\tto act;\n2 to report.");

        assertThat(resolution.number()).isEqualTo("PLEN/7");
        assertThat(resolution.revision()).isEqualTo(new RevisionRef("Marrakesh", 2002));
        assertThat(resolution.changeEvidence()).isEmpty();
        assertThat(Outline.of(resolution)).containsExactly("recalling: (unnumbered)", "resolves: 1 2");
        assertThat(resolution.sections().get(0).clauses().get(0).text()).isEqualTo("Resolution 73 (Minneapolis, 1998) of the "
                + "Plenipotentiary Conference, Resolution 1179 adopted by the Council at its 2001 session,");
        assertThat(resolution.warnings()).isEmpty();
    }

    @Test
    void a_title_starting_with_the_is_not_taken_into_the_assembly_line() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse("RESOLUTION 9 (Geneva, 2022)\nThe role of ITU in building\nconfidence\n"
                + "The World Telecommunication Standardization Assembly (Geneva, 2022),\nconsidering\nthat it matters,");

        assertThat(resolution.title()).isEqualTo("The role of ITU in building confidence");
        assertThat(resolution.assemblyLine()).isEqualTo("The World Telecommunication Standardization Assembly (Geneva, 2022),");
        assertThat(resolution.warnings()).isEmpty();
    }

    @Test
    void one_paragraph_a_line_keeps_a_paragraph_after_a_comma() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(HEAD + "noting\nthat the work goes on,\nand in particular in study groups,\n"
                + "resolves\n1\tto act.");

        assertThat(resolution.sections().get(0).clauses().get(0).text())
                .isEqualTo("that the work goes on,\nand in particular in study groups,");
    }

    @Test
    void academia_written_lower_case_is_a_party_of_its_own() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(HEAD + "invites Member States, Sector Members, Associates and academia\n1\tto take part.");

        assertThat(resolution.sections().get(0).addressees())
                .containsExactly("Member States", "Sector Members", "Associates", "academia");
    }

    @Test
    void a_proposal_for_a_new_resolution_is_numbered_by_its_proposer() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse("ADD\nDRAFT RESOLUTION [SEN-1]\nSupport for NEPAD\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Marrakesh, 2002),\n"
                + "considering\nthat the provisions apply,");

        assertThat(resolution.number()).isEqualTo("[SEN-1]");
        assertThat(resolution.revision()).isEqualTo(new RevisionRef("Marrakesh", 2002));
        assertThat(Outline.of(resolution)).containsExactly("considering: (unnumbered)");
    }

    @Test
    void a_heading_restart_and_a_bis_label_in_a_clean_text_are_not_changes() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(HEAD + "considering\na)\tone;\nb)\ttwo;\nb)bis\ttwo and a half;\nc)\tthree,\n"
                + "conscious\na)\tfour;\nb)\tfive,\nresolves\n1\tto act;\n1bis\tto act again;\n2\tto report.");

        assertThat(Outline.of(resolution)).containsExactly("considering: a b bbis c", "conscious: a b", "resolves: 1 1bis 2");
        assertThat(resolution.changeEvidence()).isEmpty();
        assertThat(resolution.warnings()).isEmpty();
        assertThat(resolution.flags()).isEmpty();
    }

    @Test
    void decimal_numbering_keeps_lettered_items_inside_their_clause() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(HEAD + "resolves\n1\tgeneral rules\n1.1\tthe assembly shall:\n"
                + "a)\tmeet;\nb)\tdecide;\n1.2\tthe groups shall report;\n1bis\ttransitional rule;\n1bis.1\tfirst;\n2\tfinal rules\n2.1\tlast.");

        assertThat(Outline.of(resolution)).containsExactly("resolves: 1 1.1 1.2 1bis 1bis.1 2 2.1");
        assertThat(resolution.sections().get(0).clauses().get(1).subItems()).containsExactly("a) meet;", "b) decide;");
        assertThat(resolution.warnings()).isEmpty();
    }

    @Test
    void numbered_sections_of_the_body_are_headings() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(HEAD + "resolves\nthat the rules below apply,\nSECTION 1\nGeneral provisions\n"
                + "1.1\tfirst rule;\n1.2\tsecond rule;\nSECTION 2 – Study groups\n2.1\tthird rule.");

        assertThat(Outline.of(resolution)).containsExactly("resolves: (unnumbered)", "SECTION 1 General provisions: 1.1 1.2",
                "SECTION 2 – Study groups: 2.1");
        assertThat(resolution.sections()).extracting(ParsedSection::kind).containsOnly(SectionKind.OPERATIVE);
    }

    @Test
    void known_headings_of_all_bodies_with_their_addressees() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(HEAD + "conscious\na)\tone,\n"
                + "draws the attention of the next plenipotentiary conference\n1\tto consider it,\n"
                + "authorizes the Secretary-General\n1\tto act,\ndecides\n1\tto review,\n"
                + "requests the Secretary-General and the Directors of the three Bureaux\n1\tto cooperate,\n"
                + "invites Member States, Sector Members, Associates and Academia\n1\tto contribute.");

        assertThat(resolution.sections()).extracting(ParsedSection::heading, ParsedSection::kind, ParsedSection::addressees)
                .containsExactly(
                        tuple("conscious", SectionKind.PREAMBLE, List.of()),
                        tuple("draws the attention of the next plenipotentiary conference", SectionKind.OPERATIVE,
                                List.of("the next plenipotentiary conference")),
                        tuple("authorizes the Secretary-General", SectionKind.OPERATIVE, List.of("the Secretary-General")),
                        tuple("decides", SectionKind.OPERATIVE, List.of()),
                        tuple("requests the Secretary-General and the Directors of the three Bureaux", SectionKind.OPERATIVE,
                                List.of("the Secretary-General", "the Directors of the three Bureaux")),
                        tuple("invites Member States, Sector Members, Associates and Academia", SectionKind.OPERATIVE,
                                List.of("Member States", "Sector Members", "Associates", "Academia")));
        assertThat(resolution.flags()).isEmpty();
    }

    @Test
    void an_unknown_heading_is_read_as_one_and_flagged_and_a_person_can_say_it_is_text() throws ResolutionParseException {
        String text = HEAD + "considering\na)\tone;\nb)\ttwo,\ncommissions the Secretary-General\n1\tto study it;\n2\tto report.";
        ParsedResolution flagged = parser.parse(text);

        assertThat(Outline.of(flagged)).containsExactly("considering: a b", "commissions the Secretary-General: 1 2");
        assertThat(flagged.flags()).extracting(ParseFlag::line, ParseFlag::kind).containsExactly(tuple(7, ParseFlag.Kind.UNKNOWN_HEADING));

        ParsedResolution decided = parser.parse(text, new ParseOptions(Set.of(7), Set.of()));
        assertThat(decided.flags()).isEmpty();
        assertThat(decided.sections()).hasSize(1);
    }

    @Test
    void addressees_keep_their_qualifiers() {
        assertThat(Addressees.split("Sector Members, Associates (including SMEs) from developed and developing countries, as appropriate"))
                .containsExactly("Sector Members", "Associates (including SMEs) from developed and developing countries, as appropriate");
        assertThat(Addressees.split("the Director of the Telecommunication Standardization Bureau"))
                .containsExactly("the Director of the Telecommunication Standardization Bureau");
    }

    @Test
    void text_after_sub_items_stays_after_them() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(HEAD + "resolves\n1\tthat the groups shall:\n–\tmeet;\n–\treport;\nas appropriate.\n2\tto act.");

        ParsedClause first = resolution.sections().get(0).clauses().get(0);
        assertThat(first.text()).isEqualTo("that the groups shall:");
        assertThat(first.subItems()).containsExactly("– meet;", "– report;", "as appropriate.");
    }

    @Test
    void a_pdf_copy_joins_wrapped_lines_and_drops_page_furniture() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(HEAD + "considering\na)\nthat the work of the groups is of consider-\nable importance to\n"
                + "developing countries;\n- 2/30 PP-02/56-E\n12.03.02\nb)\nthat it goes on,\nresolves to instruct the Director of the Telecommunication Development\n"
                + "Bureau\n1\tto act.");

        assertThat(Outline.of(resolution)).containsExactly("considering: a b",
                "resolves to instruct the Director of the Telecommunication Development Bureau: 1");
        assertThat(resolution.sections().get(0).clauses().get(0).text())
                .isEqualTo("that the work of the groups is of considerable importance to developing countries;");
        assertThat(resolution.ignored()).extracting(IgnoredLine::reason).contains("page header or footer of a copied PDF");
        assertThat(resolution.warnings()).isEmpty();
    }
}
