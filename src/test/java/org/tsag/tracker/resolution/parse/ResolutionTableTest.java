package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Resolutions other than the seed, each with the structure it must yield (see {@link Outline} for the notation). */
class ResolutionTableTest {

    /** Header, title and assembly line: lines 1 to 3 of a small test text. */
    private static final String HEAD =
            "RESOLUTION 9 (Geneva, 2022)\nTitle\nThe World Telecommunication Standardization Assembly (Geneva, 2022),\n";

    private final ResolutionParser parser = new ResolutionParser();

    static Stream<Arguments> resolutions() {
        return Stream.of(
                Arguments.of("res101-clean-new-resolution.txt", "101", "New Delhi, 2024", null, List.of(
                        "considering: a b c",
                        "recognizing: a b",
                        "resolves: 1 2",
                        "instructs the study groups: 1 2",
                        "invites Member States: 1 2")),
                Arguments.of("res77-two-digit-renumbering.txt", "77", "New Delhi, 2024", "Hammamet, 2016", List.of(
                        "considering: a b",
                        "resolves to instruct the study groups: 1 2 +3 3>4 4>5 5>6 6>7 7>8 8>9 9>10 10>11 11>12",
                        "resolves to instruct the Director of the Telecommunication Standardization Bureau: 1 2 3 4 5 6 7 8 +9 +10 9>11 10>12")),
                Arguments.of("res40-other-sections.txt", "40", "New Delhi, 2024", null, List.of(
                        "recalling: a b",
                        "bearing in mind: a b",
                        "noting further: (unnumbered)",
                        "resolves: (unnumbered)",
                        "urges Member States: 1 2",
                        "requests the Secretary-General: 1 2",
                        "calls upon Sector Members: 1")),
                Arguments.of("res55-joined-heading.txt", "55", "New Delhi, 2024", "Hammamet, 2016", List.of(
                        "observing (was noting): a b",
                        "bearing in mind (was recalling): a +b b>c",
                        "noting (was observing): a",
                        "invites Member States (was instructs TSB): 1 2")),
                Arguments.of("res68-citel-mod-wtsa24.txt", "68", "New Delhi, 2024", "Hammamet, 2016", List.of(
                        "considering (was recognizing): a b +c +d +e c>f +g d>h e>i f>j",
                        "recognizing (was considering): a b c",
                        "recognizing further: a b c d",
                        "noting: a -b c>b +c +d d>e e>f",
                        "resolves to instruct the Director of the Telecommunication Standardization Bureau: 1 2 -3 +3 +4 +5 4>6 +7 5>8 +9 6>10 7>11 8>12",
                        "resolves to instruct TSAG: 1 2 3",
                        "encourages Sector Members, Associates (including SMEs) from developed and developing countries, as appropriate: 1 2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resolutions")
    void yields_the_expected_structure(String resource, String number, String revision, String previousRevision,
            List<String> outline) throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(Outline.resource(resource));

        assertThat(resolution.number()).isEqualTo(number);
        assertThat(resolution.revision()).hasToString(revision);
        assertThat(resolution.previousRevision() == null ? null : resolution.previousRevision().toString()).isEqualTo(previousRevision);
        assertThat(Outline.of(resolution)).containsExactlyElementsOf(outline);
    }

    @Test
    void a_clean_resolution_has_no_warnings_and_keeps_roman_and_bullet_sub_items() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(Outline.resource("res101-clean-new-resolution.txt"));

        assertThat(resolution.warnings()).isEmpty();
        assertThat(resolution.ignored()).isEmpty();
        assertThat(resolution.history()).containsExactly(new RevisionRef("New Delhi", 2024));
        assertThat(resolution.sections().get(0).clauses().get(1).subItems())
                .containsExactly("i) energy efficiency metrics; and", "ii) the circular economy of equipment;");
        assertThat(resolution.sections().get(1).clauses().get(0).subItems())
                .containsExactly("• the Environment and Circular Economy study group;", "• the Focus Group on Green Digital Transformation;");
        assertThat(resolution.sections()).extracting(ParsedSection::addressee)
                .containsExactly(null, null, null, "the study groups", "Member States");
    }

    @Test
    void an_unnumbered_clause_and_footnotes_on_following_lines() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(Outline.resource("res40-other-sections.txt"));

        ParsedClause resolves = resolution.sections().get(3).clauses().get(0);
        assertThat(resolves.label()).isEmpty();
        assertThat(resolves.text()).isEqualTo("that the study groups shall identify the regulatory aspects of their work,");
        assertThat(resolution.sections().get(1).clauses().get(0).footnotes()).containsExactly("Such as numbering, charging and accounting.");
        assertThat(resolution.sections().get(1).clauses().get(0).text()).endsWith("policy implications;");
        assertThat(resolution.sections().get(5).clauses().get(1).footnotes())
                .containsExactly("Reports are due to each session of the Council and to the next Plenipotentiary Conference.");
        assertThat(resolution.ignored()).extracting(IgnoredLine::line).containsExactly(1, 2, 27);
        assertThat(resolution.warnings()).isEmpty();
    }

    @Test
    void every_joined_heading_is_flagged_for_a_person() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(Outline.resource("res55-joined-heading.txt"));

        assertThat(resolution.warnings()).filteredOn(w -> w.message().contains("joined by a tracked change"))
                .extracting(ParseWarning::line).containsExactly(5, 8, 12, 14);
        assertThat(resolution.sections().get(3).addressee()).isEqualTo("Member States");
    }

    @Test
    void two_digit_joined_labels_are_split_without_ambiguity() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(Outline.resource("res77-two-digit-renumbering.txt"));

        ParsedClause clause = resolution.sections().get(1).clauses().get(10);
        assertThat(clause.line()).isEqualTo(19);
        assertThat(clause.previousLabel()).isEqualTo("10");
        assertThat(clause.label()).isEqualTo("11");
        assertThat(resolution.warnings()).extracting(ParseWarning::line).containsExactly(1, 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "RESOLUTION 1 (Rev. New Delhi, 2024)\nRules of procedure\nThe World Telecommunication Standardization Assembly (New Delhi, 2024),\nresolves\n1\tto apply these rules.",
        "Resolution 1 (New Delhi, 2024)\nRules of procedure\nresolves\n1\tto apply these rules.",
        "[bookmark: _Toc1]resolution 1 (Rev. New Delhi, 2024)\n[bookmark: _Toc2]Rules of procedure\nresolves\n1 to apply these rules."
    })
    void reads_header_variants(String text) throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(text);

        assertThat(resolution.number()).isEqualTo("1");
        assertThat(resolution.revision()).isEqualTo(new RevisionRef("New Delhi", 2024));
        assertThat(resolution.title()).isEqualTo("Rules of procedure");
        assertThat(Outline.of(resolution)).containsExactly("resolves: 1");
        assertThat(resolution.sections().get(0).clauses().get(0).text()).isEqualTo("to apply these rules.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t\n", "considering\na)\tsomething", "Abstract: this is about Resolution 68.\nresolves\n1\tto act"})
    void rejects_text_that_is_not_a_resolution(String text) {
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(ResolutionParseException.class)
                .hasMessageMatching("(The text is empty|No resolution header was found).*");
    }

    @Test
    void rejects_a_header_without_any_revision() {
        assertThatThrownBy(() -> parser.parse("RESOLUTION 5\nA title\nresolves\n1\tto act."))
                .isInstanceOf(ResolutionParseException.class)
                .hasMessageContaining("gives no place and year")
                .extracting(e -> ((ResolutionParseException) e).line()).isEqualTo(1);
    }

    @Test
    void a_numbering_gap_is_kept_as_written_and_marked_uncertain() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(
                HEAD + "resolves\n1\tone;\n2\ttwo;\n4\tfour;\n5\tfive.");

        assertThat(Outline.of(resolution)).containsExactly("resolves: 1 2 ?4 5");
        assertThat(resolution.warnings()).singleElement().extracting(ParseWarning::line).isEqualTo(7);
    }

    @Test
    void an_unlabelled_line_is_added_to_the_clause_above_with_a_warning() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(
                HEAD + "resolves\n1\tto do this;\nand also that.\n2\tto do more.");

        ParsedClause first = resolution.sections().get(0).clauses().get(0);
        assertThat(first.text()).isEqualTo("to do this;\nand also that.");
        assertThat(resolution.sourceLines().get(5).role()).isEqualTo(LineRole.CONTINUATION);
        assertThat(resolution.warnings()).singleElement().extracting(ParseWarning::message).asString().contains("has no label");
    }

    @Test
    void stops_at_an_annex_and_lists_the_rest_as_ignored() throws ResolutionParseException {
        ParsedResolution resolution = parser.parse(
                HEAD + "resolves\n1\tto act.\nANNEX\n(to Resolution 9)\n1\tnot a clause");

        assertThat(Outline.of(resolution)).containsExactly("resolves: 1");
        assertThat(resolution.ignored()).extracting(IgnoredLine::line).containsExactly(6, 7, 8);
    }

    @Test
    void letter_i_is_an_item_after_h_and_a_sub_item_elsewhere() throws ResolutionParseException {
        String items = String.join("\n", "a)\ta;", "i)\tsub one;", "ii)\tsub two;", "b)\tb;", "c)\tc;", "d)\td;", "e)\te;",
                "f)\tf;", "g)\tg;", "h)\th;", "i)\ti,");
        ParsedResolution resolution = parser.parse(HEAD + "considering\n" + items);

        assertThat(Outline.of(resolution)).containsExactly("considering: a b c d e f g h i");
        assertThat(resolution.sections().get(0).clauses().get(0).subItems()).containsExactly("i) sub one;", "ii) sub two;");
    }
}
