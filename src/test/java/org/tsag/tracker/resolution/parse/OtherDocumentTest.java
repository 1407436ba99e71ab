package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Texts headed as other ITU documents than the resolutions the tracker reads are refused with a message
 * that names their header line and what they are, not "no resolution header was found".
 */
class OtherDocumentTest {

    private final ResolutionParser parser = new ResolutionParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DECISION 3 (Minneapolis, 1998)            | a decision
            Decision 482 (modified 2020)              | a decision
            RESOLUTION ITU-R 15-6                     | an ITU-R resolution
            RESOLUTION ITUR 1-7                       | an ITU-R resolution
            RECOMMENDATION ITU-T A.1                  | a recommendation
            RECOMMENDATION 34 (Rev. WRC-12)           | a recommendation
            OPINION 1 (Lisbon, 2009)                  | an opinion
            """)
    void a_text_headed_as_another_document_is_refused_naming_its_line(String header, String what) {
        String text = "ITU\n\n" + header + "\n\nSome title of the text\n\nThe ITU Radiocommunication Assembly,\n"
                + "considering\na)\tthat something is so,\nresolves\n1\tto act.";

        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(ResolutionParseException.class)
                .hasMessageStartingWith("\"" + header + "\" heads " + what + ", not a resolution the tracker reads")
                .hasMessageContaining("RESOLUTION 68 (Rev. New Delhi, 2024)")
                .extracting(e -> ((ResolutionParseException) e).line()).isEqualTo(3);
    }

    @Test
    void a_real_itu_r_resolution_header_from_a_pdf_copy_is_named() {
        String text = """
                Rec. ITU-R
                RESOLUTION ITU-R 1-7
                Working methods for the Radiocommunication Assembly, the Radiocommunication
                Study Groups, the Radiocommunication Advisory Group and other groups of the
                Radiocommunication Sector
                (1993-1995-2000-2003-2007-2012-2015)
                The ITU Radiocommunication Assembly,
                considering
                a)\tthat the working methods need to be stated,
                resolves
                1\tto adopt them.
                """;

        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(ResolutionParseException.class)
                .hasMessageStartingWith("\"RESOLUTION ITU-R 1-7\" heads an ITU-R resolution")
                .extracting(e -> ((ResolutionParseException) e).line()).isEqualTo(2);
    }

    @Test
    void a_body_that_only_mentions_a_decision_still_has_no_header() {
        String text = "decision 3 of the conference applies.\nresolves\n1\tto act.";

        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(ResolutionParseException.class)
                .hasMessageStartingWith("No resolution header was found");
    }

    @Test
    void a_resolution_that_cites_other_documents_before_its_header_is_read_as_before() throws ResolutionParseException {
        String text = "Recommendation ITU-T A.1 and Decision 5 are cited in the cover note.\n"
                + "RESOLUTION 68 (Rev. New Delhi, 2024)\nA title\n"
                + "The World Telecommunication Standardization Assembly (New Delhi, 2024),\nresolves\n1\tto act.";

        ParsedResolution resolution = parser.parse(text);

        assertThat(resolution.number()).isEqualTo("68");
        assertThat(Outline.of(resolution)).containsExactly("resolves: 1");
    }
}
