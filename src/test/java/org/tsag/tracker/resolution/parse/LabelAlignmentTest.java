package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Label sequences as written in a flattened export, and how they must be read (notation of {@link Outline}). */
class LabelAlignmentTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a b c                   | a b c                        | 0
            a b cb c d de ef        | a -b c>b +c +d d>e e>f       | 0
            a b c d e cf g dh ei fj | a b +c +d +e c>f +g d>h e>i f>j | 0
            b cb                    | ?b ?cb                       | 2
            a b b                   | a -b +b                      | 1
            1 2 3 3 4 5 46 7 58     | 1 2 -3 +3 +4 +5 4>6 +7 5>8   | 1
            1 2 3 34 45 56 67 78 89 910 1011 1112 | 1 2 +3 3>4 4>5 5>6 6>7 7>8 8>9 9>10 10>11 11>12 | 0
            1 2 3 4 5 6 7 8 9 10 911 1012 | 1 2 3 4 5 6 7 8 +9 +10 9>11 10>12 | 0
            1 2 3 4 5 6 7 8 9 10 11 12 | 1 2 3 4 5 6 7 8 9 10 11 12 | 0
            1 2 4 5                 | 1 2 ?4 5                     | 1
            1 2 23                  | 1 +2 2>3                     | 0
            1 12 2                  | +1 1>2 -2                    | 0
            """)
    void reads_labels_in_both_numberings(String written, String expected, int warnings) {
        LabelStyle style = Character.isDigit(written.charAt(0)) ? LabelStyle.NUMBER : LabelStyle.LETTER;
        List<LabelAlignment.Token> tokens = new ArrayList<>();
        String[] labels = written.split(" ");
        for (int i = 0; i < labels.length; i++) {
            tokens.add(new LabelAlignment.Token(labels[i], i + 1));
        }

        LabelAlignment.Result result = LabelAlignment.align(tokens, style, true);

        assertThat(outline(result)).isEqualTo(expected);
        assertThat(result.warnings()).hasSize(warnings);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a b c   | a b c
            1 2 2 3 | 1 2 ?2 3
            1 23 3  | 1 ?23 ?3
            """)
    void a_clean_text_has_no_tracked_changes_to_infer(String written, String expected) {
        LabelStyle style = Character.isDigit(written.charAt(0)) ? LabelStyle.NUMBER : LabelStyle.LETTER;
        List<LabelAlignment.Token> tokens = new ArrayList<>();
        for (String label : written.split(" ")) {
            tokens.add(new LabelAlignment.Token(label, 1));
        }

        assertThat(outline(LabelAlignment.align(tokens, style, false))).isEqualTo(expected);
    }

    private static String outline(LabelAlignment.Result result) {
        return result.readings().stream().map(reading -> switch (reading.change()) {
            case UNCHANGED -> reading.label();
            case INSERTED -> "+" + reading.label();
            case DELETED -> "-" + reading.previousLabel();
            case RELABELLED -> reading.previousLabel() + ">" + reading.label();
            case UNCERTAIN -> "?" + reading.label();
        }).collect(Collectors.joining(" "));
    }
}
