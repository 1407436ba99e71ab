package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SectionHeadingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            considering                   | PREAMBLE  | -
            recognizing further           | PREAMBLE  | -
            noting further,               | PREAMBLE  | -
            bearing in mind               | PREAMBLE  | -
            taking into account           | PREAMBLE  | -
            further recalling             | PREAMBLE  | -
            noting with appreciation      | PREAMBLE  | -
            resolves                      | OPERATIVE | -
            resolves further              | OPERATIVE | -
            resolves to instruct TSAG     | OPERATIVE | TSAG
            resolves to instruct the Director of the Telecommunication Standardization Bureau | OPERATIVE | the Director of the Telecommunication Standardization Bureau
            instructs the study groups    | OPERATIVE | the study groups
            invites Member States         | OPERATIVE | Member States
            urges Member States:          | OPERATIVE | Member States
            requests the Secretary-General | OPERATIVE | the Secretary-General
            calls upon Sector Members     | OPERATIVE | Sector Members
            encourages and invites Academia | OPERATIVE | Academia
            further invites Member States | OPERATIVE | Member States
            requests the Council to consider | OPERATIVE | the Council
            invites Member States and Sector Members to contribute to the work of the study groups | OPERATIVE | Member States and Sector Members
            instructs the Director of TSB, to the extent possible | OPERATIVE | the Director of TSB, to the extent possible
            expresses its appreciation to the Government of Tunisia | OPERATIVE | the Government of Tunisia
            resolves to instruct the study groups to take account of it | OPERATIVE | the study groups
            """)
    void recognizes_headings(String line, SectionKind kind, String addressee) {
        Heading heading = SectionHeadings.recognize(line).orElseThrow();

        assertThat(heading.kind()).isEqualTo(kind);
        assertThat(heading.addressee()).isEqualTo(addressee);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Considering", "considering that ITU-T is unique;", "that ITU-T should also encourage cooperation,",
        "resolves that the study groups shall act", "invites Member States to contribute.", "a)\tconsidering", "noting;", ""})
    void rejects_lines_that_are_not_only_a_heading(String line) {
        assertThat(SectionHeadings.recognize(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            recognizingconsidering               | recognizing          | considering
            noting furtherrecalling              | noting further       | recalling
            instructs TSBinvites Member States   | instructs TSB        | invites Member States
            invites Member Statesencourages Sector Members | invites Member States | encourages Sector Members
            """)
    void splits_headings_joined_by_a_tracked_change(String line, String first, String second) {
        Heading[] pair = SectionHeadings.splitJoined(line).orElseThrow();

        assertThat(pair[0].text()).isEqualTo(first);
        assertThat(pair[1].text()).isEqualTo(second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"considering", "instructs TSB to report on the tasks", "invites Member States", "a)\tthat"})
    void does_not_split_ordinary_headings(String line) {
        assertThat(SectionHeadings.splitJoined(line)).isEmpty();
    }
}
