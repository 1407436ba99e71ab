package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The curated clean texts of Resolution 68 shipped as demo data must parse cleanly and agree with the seed. */
class DemoTextsTest {

    private final ResolutionParser parser = new ResolutionParser();

    @Test
    void the_2024_text_parses_without_warnings_into_the_new_structure() throws Exception {
        ParsedResolution resolution = parser.parse(demo("res68-rev2024.txt"));

        assertThat(resolution.warnings()).isEmpty();
        assertThat(resolution.ignored()).isEmpty();
        assertThat(resolution.revision()).isEqualTo(new RevisionRef("New Delhi", 2024));
        assertThat(resolution.previousRevision()).isNull();
        assertThat(resolution.history()).hasSize(4);
        assertThat(Outline.of(resolution)).containsExactly(
                "considering: a b c d e f g h i j",
                "recognizing: a b c",
                "recognizing further: a b c d",
                "noting: a b c d e f",
                "resolves to instruct the Director of the Telecommunication Standardization Bureau: 1 2 3 4 5 6 7 8 9 10 11 12",
                "resolves to instruct TSAG: 1 2 3",
                "encourages Sector Members, Associates (including SMEs) from developed and developing countries, as appropriate: 1 2");
        assertThat(operativeClauses(resolution)).isEqualTo(17);
        assertThat(resolution.sections().get(2).clauses().get(1).subItems()).hasSize(3);
    }

    @Test
    void the_2016_text_parses_without_warnings_into_the_old_structure() throws Exception {
        ParsedResolution resolution = parser.parse(demo("res68-rev2016.txt"));

        assertThat(resolution.warnings()).isEmpty();
        assertThat(resolution.ignored()).isEmpty();
        assertThat(resolution.revision()).isEqualTo(new RevisionRef("Hammamet", 2016));
        assertThat(resolution.history()).containsExactly(new RevisionRef("Johannesburg", 2008), new RevisionRef("Dubai", 2012),
                new RevisionRef("Hammamet", 2016));
        assertThat(Outline.of(resolution)).containsExactly(
                "recognizing: a b c d e f",
                "considering: a b c",
                "noting: a b c d e",
                "resolves to instruct the Director of the Telecommunication Standardization Bureau: 1 2 3 4 5 6 7 8",
                "resolves to instruct TSAG: 1",
                "encourages Sector Members, Associates (including SMEs) from developed and developing countries, as appropriate: 1");
        assertThat(resolution.sections().get(3).clauses()).hasSize(8);
        assertThat(resolution.sections().get(0).clauses().get(3).subItems()).hasSize(2);
        assertThat(resolution.sections().get(5).clauses().get(0).text()).endsWith("interests of developing countries.");
    }

    @Test
    void the_2016_text_has_the_previous_labels_the_seed_infers() throws Exception {
        ParsedResolution seed = parser.parse(Outline.resource("res68-citel-mod-wtsa24.txt"));
        ParsedResolution rev2016 = parser.parse(demo("res68-rev2016.txt"));

        for (int[] pair : new int[][] {{0, 0}, {1, 1}, {3, 2}, {4, 3}}) {
            ParsedSection inSeed = seed.sections().get(pair[0]);
            ParsedSection old = rev2016.sections().get(pair[1]);
            String previousHeading = inSeed.previousHeading() == null ? inSeed.heading() : inSeed.previousHeading();
            assertThat(old.heading()).isEqualTo(previousHeading);
            assertThat(old.clauses()).extracting(ParsedClause::label).containsExactlyElementsOf(previousLabels(inSeed));
        }
    }

    @Test
    void the_deleted_clause_3_of_2016_reads_as_in_the_seed() throws Exception {
        ParsedResolution seed = parser.parse(Outline.resource("res68-citel-mod-wtsa24.txt"));
        ParsedResolution rev2016 = parser.parse(demo("res68-rev2016.txt"));

        assertThat(rev2016.sections().get(3).clauses().get(2).text()).isEqualTo(seed.sections().get(4).clauses().get(2).text());
    }

    private static List<String> previousLabels(ParsedSection section) {
        return section.clauses().stream().map(ParsedClause::previousLabel).filter(label -> label != null).toList();
    }

    private static long operativeClauses(ParsedResolution resolution) {
        return resolution.sections().stream().filter(section -> section.kind() == SectionKind.OPERATIVE)
                .mapToLong(section -> section.clauses().size()).sum();
    }

    private static String demo(String name) throws IOException {
        try (InputStream in = DemoTextsTest.class.getResourceAsStream("/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
