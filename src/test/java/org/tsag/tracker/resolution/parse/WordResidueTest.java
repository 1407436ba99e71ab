package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordResidueTest {

    @Test
    void removes_bookmarks() {
        assertThat(WordResidue.clean("[bookmark: _Toc1][bookmark: _Toc2]RESOLUTION 68").text()).isEqualTo("RESOLUTION 68");
    }

    @Test
    void moves_an_inline_footnote_out_and_drops_the_repeated_number() {
        CleanLine line = WordResidue.clean("b)\tcountries[footnoteRef:1]1; [1: 1 \tThese include LDCs.] ");

        assertThat(line.text()).isEqualTo("b)\tcountries;");
        assertThat(line.markers()).containsExactly(1);
        assertThat(line.footnotes()).containsExactly(new Footnote(1, "These include LDCs."));
        assertThat(line.openFootnote()).isNull();
    }

    @Test
    void keeps_a_number_after_a_marker_when_it_is_not_the_footnote_number() {
        assertThat(WordResidue.clean("in 2024[footnoteRef:3]25 places").text()).isEqualTo("in 202425 places");
    }

    @Test
    void keeps_a_footnote_that_starts_with_another_number() {
        assertThat(WordResidue.clean("[2: 2023 figures.]").footnotes()).containsExactly(new Footnote(2, "2023 figures."));
    }

    @Test
    void keeps_brackets_inside_a_footnote() {
        assertThat(WordResidue.clean("text[footnoteRef:4] [4: see [ITU-T A.1].]").footnotes())
                .containsExactly(new Footnote(4, "see [ITU-T A.1]."));
    }

    @Test
    void reports_a_footnote_that_goes_on_to_the_next_line() {
        CleanLine line = WordResidue.clean("text[footnoteRef:5]5. [5: 5\tReports are due");

        assertThat(line.text()).isEqualTo("text.");
        assertThat(line.openFootnote()).isEqualTo(new Footnote(5, "Reports are due"));
        assertThat(WordResidue.footnoteEnd("to Council.] ")).isEqualTo(11);
        assertThat(WordResidue.footnoteEnd("still going")).isEqualTo(-1);
    }
}
