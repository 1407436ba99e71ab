package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real published resolutions of four bodies (WTSA, WTDC, WRC, PP) in the forms they reach TSB: a
 * clean text, a text copied from a PDF with its cover, page furniture and wrapped lines, and a
 * proposal. The expected structure of each was written by reading the text (see docs/parser.md):
 * sections with heading, kind and addressees, clause labels, and whether change-guessing applies.
 */
class CorpusTest {

    private final ResolutionParser parser = new ResolutionParser();

    /** One expected section: "heading: labels" as {@link Outline} writes it, its kind and addressees. */
    record Section(String outline, SectionKind kind, List<String> addressees) {
    }

    private static Section preamble(String outline) {
        return new Section(outline, SectionKind.PREAMBLE, List.of());
    }

    private static Section operative(String outline, String... addressees) {
        return new Section(outline, SectionKind.OPERATIVE, List.of(addressees));
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("wtdc36-rev-hyderabad-2010.txt", "36", "Hyderabad, 2010", false, List.of(
                        preamble("recalling: (unnumbered)"),
                        preamble("recalling further: (unnumbered)"),
                        preamble("considering: (unnumbered)"),
                        operative("resolves to instruct the Director of the Telecommunication Development Bureau: (unnumbered)",
                                "the Director of the Telecommunication Development Bureau"),
                        operative("requests the Secretary-General and instructs the Director of the Telecommunication Development Bureau: (unnumbered)",
                                "the Secretary-General", "the Director of the Telecommunication Development Bureau"))),
                Arguments.of("wtsa22-rev-dubai-2012.txt", "22", "Dubai, 2012", false, List.of(
                        preamble("considering: a b c d e"))),
                Arguments.of("wtsa54-dubai-2012-web.txt", "54", "Dubai, 2012", false, List.of(
                        preamble("considering: a b"),
                        preamble("recognizing: a b c d"))),
                Arguments.of("wtsa54-dubai-2012-prepublished-pdf.txt", "54", "Dubai, 2012", false, List.of(
                        preamble("considering: a"))),
                Arguments.of("wtsa43-rev-dubai-2012-pdf.txt", "43", "Dubai, 2012", false, List.of(
                        preamble("considering: a b"))),
                Arguments.of("wtsa40-montreal-2000-pdf.txt", "40", "Montreal, 2000", false, List.of(
                        preamble("considering: a b c d e f g h"))),
                Arguments.of("wrc28-rev-wrc15-eur-mod-pdf.txt", "28", "Geneva, 2015", true, List.of(
                        preamble("considering: a b c d"))),
                Arguments.of("wrc804-rev-wrc12.txt", "804", "Geneva, 2012", false, List.of(
                        preamble("considering: a b c d e f"),
                        preamble("noting: a b c d e"))),
                Arguments.of("pp58-rev-busan-2014.txt", "58", "Busan, 2014", false, List.of(
                        preamble("recalling: a b c"),
                        preamble("acknowledging: (unnumbered)"),
                        preamble("considering: a"))),
                Arguments.of("wtdc63-hyderabad-2010-web.txt", "63", "Hyderabad, 2010", false, List.of(
                        preamble("recognizing: (unnumbered)"),
                        preamble("noting: a b c d"),
                        operative("resolves: 1"))),
                Arguments.of("pp180-guadalajara-2010-web.txt", "180", "Guadalajara, 2010", false, List.of(
                        preamble("considering: a b c"),
                        preamble("considering further: a b"),
                        preamble("noting: (unnumbered)"),
                        preamble("recognizing: a b"))),
                Arguments.of("pp185-busan-2014-web.txt", "185", "Busan, 2014", false, List.of(
                        preamble("recalling: (unnumbered)"),
                        preamble("considering: a b c d e f"))),
                Arguments.of("wtdc21-rev-hyderabad-2010-web.txt", "21", "Hyderabad, 2010", false, List.of(
                        preamble("considering: a b c d e f"),
                        preamble("conscious: a b c"))),
                Arguments.of("wtdc78-dubai-2014-web.txt", "78", "Dubai, 2014", false, List.of(
                        preamble("considering: (unnumbered)"),
                        preamble("considering further: a b c"),
                        preamble("noting: a b"))),
                Arguments.of("wtsa69-rev-dubai-2012-itut-copy.txt", "69", "Dubai, 2012", false, List.of(
                        preamble("considering: (unnumbered)"),
                        preamble("considering further: a"))),
                Arguments.of("pp73-minneapolis-1998-web-wrapped.txt", "73", "Minneapolis, 1998", false, List.of(
                        preamble("considering: a b"),
                        preamble("noting: (unnumbered)"),
                        preamble("recognizing: a b c"),
                        preamble("conscious: a b"),
                        preamble("taking into account: a b"))),
                Arguments.of("pp-plen7-marrakesh-2002-web-wrapped.txt", "PLEN/7", "Marrakesh, 2002", false, List.of(
                        preamble("recalling: (unnumbered)"),
                        preamble("considering: a b c"))),
                Arguments.of("pp-sen1-marrakesh-2002-add-pdf.txt", "[SEN-1]", "Marrakesh, 2002", true, List.of(
                        preamble("considering: (unnumbered)"),
                        preamble("considering further: (unnumbered) a"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void yields_the_structure_read_from_the_text(String file, String number, String revision, boolean evidence,
            List<Section> expected) throws ResolutionParseException {
        String text = Outline.resource("corpus/" + file);
        ParsedResolution resolution = parser.parse(text);

        assertThat(resolution.number()).isEqualTo(number);
        assertThat(resolution.revision()).hasToString(revision);
        assertThat(resolution.previousRevision()).isNull();
        assertThat(Outline.of(resolution)).containsExactlyElementsOf(expected.stream().map(Section::outline).toList());
        assertThat(resolution.sections()).extracting(ParsedSection::kind).containsExactlyElementsOf(
                expected.stream().map(Section::kind).toList());
        assertThat(resolution.sections()).extracting(ParsedSection::addressees).containsExactlyElementsOf(
                expected.stream().map(Section::addressees).toList());
        assertThat(resolution.changeEvidence().isEmpty()).isEqualTo(!evidence);
        assertThat(resolution.flags()).isEmpty();
        assertThat(resolution.warnings()).isEmpty();
        LineAccounting.assertEveryLineAccountedFor(text, resolution);
    }

    @org.junit.jupiter.api.Test
    void the_details_read_from_each_form() throws ResolutionParseException {
        ParsedResolution web = parser.parse(Outline.resource("corpus/wtsa54-dubai-2012-web.txt"));
        assertThat(web.history()).extracting(RevisionRef::year).containsExactly(2004, 2008, 2012);
        ParsedClause a = web.sections().get(0).clauses().get(0);
        assertThat(a.text()).contains("between developing and developed countries;");
        assertThat(a.footnotes()).containsExactly("These include the least developed countries, small island developing states "
                + "landlocked developing countries and countries with economies in transition.");

        ParsedResolution pdf = parser.parse(Outline.resource("corpus/wtsa54-dubai-2012-prepublished-pdf.txt"));
        assertThat(pdf.title()).isEqualTo("Creation and assistance to regional groups");
        assertThat(pdf.sections().get(0).clauses().get(0).text()).isEqualTo("that Resolution 123 (Rev. Guadalajara, 2010) of the "
                + "Plenipotentiary Conference instructs the Secretary-General and the Directors of the three Bureaux to work closely "
                + "with each other in pursuing initiatives that assist in bridging the standardization gap between developing1 and "
                + "developed countries;");

        ParsedResolution wrc = parser.parse(Outline.resource("corpus/wrc28-rev-wrc15-eur-mod-pdf.txt"));
        assertThat(wrc.title()).isEqualTo("Revision of references to the text of ITU-R Recommendations incorporated by reference in "
                + "the Radio Regulations");
        assertThat(wrc.sections().get(0).clauses().get(1).text()).endsWith("incorporated by reference;");
        assertThat(wrc.ignored()).filteredOn(i -> i.reason().equals("page header or footer of a copied PDF"))
                .extracting(IgnoredLine::text).containsExactly("DOCUMENT1", "19.06.15", "00.00.00", "2", "CMR15/-E");
        assertThat(wrc.changeEvidence()).extracting(ChangeEvidence::line).containsExactly(24);

        ParsedResolution pp = parser.parse(Outline.resource("corpus/pp58-rev-busan-2014.txt"));
        assertThat(pp.sections().get(0).clauses().get(2).subItems()).hasSize(3).allSatisfy(item -> assertThat(item).startsWith("– Resolution "));
        assertThat(pp.assemblyLine()).startsWith("The Plenipotentiary Conference of the International Telecommunication Union");

        ParsedResolution ipv6 = parser.parse(Outline.resource("corpus/pp180-guadalajara-2010-web.txt"));
        assertThat(ipv6.title()).isEqualTo("Facilitating the transition from IPv4 to IPv6");
        assertThat(ipv6.ignored()).noneMatch(i -> i.reason().equals("footnote mark"));

        ParsedResolution resolves = parser.parse(Outline.resource("corpus/wtdc63-hyderabad-2010-web.txt"));
        ParsedClause one = resolves.sections().get(2).clauses().get(0);
        assertThat(one.text()).startsWith("to instruct the Director of the Telecommunication Development Bureau (BDT)")
                .endsWith("Council’s approval:");
        assertThat(one.subItems()).hasSize(3).allSatisfy(item -> assertThat(item).startsWith("• to "));

        ParsedResolution noSpace = parser.parse(Outline.resource("corpus/wtdc21-rev-hyderabad-2010-web.txt"));
        assertThat(noSpace.sections().get(0).clauses().get(0).text())
                .isEqualTo("Resolution 21 (Rev. Doha, 2006) of the World Telecommunication Development Conference;");
        assertThat(noSpace.sections().get(0).clauses().get(5).text()).contains("§§ 23 c), 27 c), 80");

        ParsedResolution copy = parser.parse(Outline.resource("corpus/wtsa69-rev-dubai-2012-itut-copy.txt"));
        assertThat(copy.title()).isEqualTo("Nondiscriminatory access and use of Internet resources");
        assertThat(copy.history()).extracting(RevisionRef::year).containsExactly(2008, 2012);
        assertThat(copy.ignored()).extracting(IgnoredLine::text).contains("WTSA-12 – Resolution 2 1", "FOREWORD");

        ParsedResolution narrow = parser.parse(Outline.resource("corpus/pp73-minneapolis-1998-web-wrapped.txt"));
        assertThat(narrow.title()).isEqualTo("World summit on the information society");
        assertThat(narrow.assemblyLine())
                .isEqualTo("The Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998),");
        assertThat(narrow.sections().get(4).clauses().get(0).text()).isEqualTo("the results of the World Telecommunication "
                + "Standardization Conference (Geneva, 1996), the World Radiocommunication Conference (Geneva, 1997) and the World "
                + "Telecommunication Development Conference (Valletta, 1998);");

        ParsedResolution plen = parser.parse(Outline.resource("corpus/pp-plen7-marrakesh-2002-web-wrapped.txt"));
        assertThat(plen.title()).isEqualTo("World Summit on the Information Society");
        assertThat(plen.sections().get(0).clauses().get(0).text()).startsWith("Resolution 73 (Minneapolis, 1998) of the "
                + "Plenipotentiary Conference on the role of ITU").contains("adopted by the Council at its 2001 session and Resolution 1196")
                .endsWith("Resolutions 30 and 37 (Istanbul, 2002) of the World Telecommunication Development Conference,");

        ParsedResolution draft = parser.parse(Outline.resource("corpus/pp-sen1-marrakesh-2002-add-pdf.txt"));
        assertThat(draft.title()).isEqualTo("Support for the New Partnership for Africa's Development (NEPAD)");
        assertThat(draft.sections().get(0).clauses().get(0).text()).startsWith("that the provisions of the ITU Constitution, "
                + "as contained in Chapter IV thereof on the Telecommunication Development Sector (ITU-D), particularly")
                .endsWith("with regional and other telecommunication organizations,");
        assertThat(draft.sections().get(1).clauses().get(0).text()).endsWith("cultural development, highlighting:");
        assertThat(draft.changeEvidence()).extracting(ChangeEvidence::line).containsExactly(30);
    }

    /**
     * The only real operative part with sub-items that could be obtained whole enough: PP Decision 3
     * (Minneapolis, 1998) from ITU's web page, with spaces (not tabs) after its labels and a title wrapped
     * over three lines. A decision is not a resolution, so the text is refused as it stands, with a message naming its header line; its body is
     * read here under the header "RESOLUTION 3 (Minneapolis, 1998)" put in its place by the test.
     */
    @org.junit.jupiter.api.Test
    void the_operative_part_of_a_real_decision() throws ResolutionParseException {
        String text = Outline.resource("corpus/pp-decision3-minneapolis-1998-web.txt");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(ResolutionParseException.class)
                .hasMessageStartingWith("\"DECISION 3 (Minneapolis, 1998)\" heads a decision, not a resolution")
                .extracting(e -> ((ResolutionParseException) e).line()).isEqualTo(2);

        String asResolution = text.replace("DECISION  3  (Minneapolis, 1998)", "RESOLUTION 3 (Minneapolis, 1998)");
        ParsedResolution body = parser.parse(asResolution);

        assertThat(body.title()).isEqualTo("Treatment of decisions, resolutions and recommendations of plenipotentiary conferences");
        assertThat(Outline.of(body)).containsExactly("considering: a b c d e", "decides: 1 2 3");
        assertThat(body.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.PREAMBLE, SectionKind.OPERATIVE);
        ParsedClause two = body.sections().get(1).clauses().get(1);
        assertThat(two.text()).isEqualTo("that the final acts of a plenipotentiary conference should also include:");
        assertThat(two.subItems()).containsExactly(
                "– the full text of new and revised resolutions, together with a list of their titles and numbers;",
                "– a list of abrogated resolutions showing their titles and numbers, but no text;");
        assertThat(body.sections().get(0).clauses().get(0).text()).startsWith("that the adoption of a permanent Constitution");
        assertThat(body.warnings()).isEmpty();
        assertThat(body.flags()).isEmpty();
        LineAccounting.assertEveryLineAccountedFor(asResolution, body);
    }

    /**
     * A prepublished ITU-T copy of WTSA Resolution 69 as stored: no "RESOLUTION 69" line (the cover's
     * "Resolution 69 – title" is the header), a foreword, a copyright line whose © was lost and the title
     * again before the history line, and then the assembly line and the whole body run together on one
     * line. The header, title and history are read; the run-together body is not split into sections
     * (a line holds one role), so it is kept as ignored lines with warnings for a person to see.
     */
    @org.junit.jupiter.api.Test
    void a_copy_whose_body_runs_together_on_one_line_is_not_guessed_into_sections() throws ResolutionParseException {
        String text = Outline.resource("corpus/wtsa69-dubai-2012-prepublished-runon.txt");
        ParsedResolution copy = parser.parse(text);

        assertThat(copy.number()).isEqualTo("69");
        assertThat(copy.title()).isEqualTo("Non-discriminatory access and use of Internet resources");
        assertThat(copy.history()).extracting(RevisionRef::year).containsExactly(2008, 2012);
        assertThat(copy.revision()).isEqualTo(new RevisionRef("Dubai", 2012));
        assertThat(copy.ignored()).filteredOn(i -> i.reason().startsWith("not part of the title"))
                .extracting(IgnoredLine::line).containsExactly(18, 21, 23, 25, 27, 29, 32);
        assertThat(copy.sections()).isEmpty();
        assertThat(copy.warnings()).extracting(ParseWarning::line).contains(36, 38);
        LineAccounting.assertEveryLineAccountedFor(text, copy);
    }

    /**
     * An APT proposal to revise WTDC Resolution 37 whose tracked changes were flattened letter by letter:
     * "Resolution 37 (Rev. Bueno AiresDubai, 20174)" and "(DubaiBueno Aires, 20174)" (Dubai, 2014 became
     * Buenos Aires, 2017), a doubled label "cb)", and a copy that lost its heading "recalling". The years
     * are certain (the later one is the new revision); which place goes with which year is not, since
     * the header and the assembly line write the two places in opposite orders, so both are warned about.
     * The clauses before any heading are kept as ignored lines with a warning, not guessed into a section.
     */
    @org.junit.jupiter.api.Test
    void a_proposal_with_changes_flattened_inside_the_header_citation() throws ResolutionParseException {
        String text = Outline.resource("corpus/wtdc37-rev-buenos-aires-2017-apt-proposal.txt");
        ParsedResolution proposal = parser.parse(text);

        assertThat(proposal.number()).isEqualTo("37");
        assertThat(proposal.title()).isEqualTo("Bridging the digital divide");
        assertThat(proposal.revision().year()).isEqualTo(2017);
        assertThat(proposal.previousRevision().year()).isEqualTo(2014);
        assertThat(java.util.Set.of(proposal.revision().place(), proposal.previousRevision().place()))
                .containsExactlyInAnyOrder("Bueno Aires", "Dubai");
        assertThat(proposal.changeEvidence()).extracting(ChangeEvidence::line).contains(24, 28, 36);
        assertThat(proposal.warnings()).extracting(ParseWarning::line).contains(24, 28);
        assertThat(proposal.warnings()).anyMatch(w -> w.message().contains("with the places in opposite orders"));
        assertThat(proposal.sections()).isEmpty();
        assertThat(proposal.ignored()).filteredOn(i -> i.reason().equals("text before the first section heading"))
                .extracting(IgnoredLine::line).containsExactly(32, 34, 36);
        LineAccounting.assertEveryLineAccountedFor(text, proposal);
    }
}
