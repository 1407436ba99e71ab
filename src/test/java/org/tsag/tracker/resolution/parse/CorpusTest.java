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
                        preamble("considering: a"))));
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
        LineAccounting.assertEveryLineAccountedFor(text, resolution);
    }
}
