package org.tsag.tracker.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class DerivedStatusTest {

    private static String of(String... statuses) {
        return DerivedStatus.of(Arrays.asList(statuses)).orElse("-");
    }

    @Test
    void a_clause_takes_its_status_from_its_linked_items() {
        assertThat(DerivedStatus.of(List.of())).isEmpty();
        assertThat(of((String) null)).as("nothing reported").isEqualTo("-");
        assertThat(of("NOT_STARTED", null)).isEqualTo("NOT_STARTED");
        assertThat(of("COMPLETED", "COMPLETED")).isEqualTo("COMPLETED");
        assertThat(of("COMPLETED", "WITHDRAWN")).isEqualTo("COMPLETED");
        assertThat(of("SUPERSEDED", "SUPERSEDED")).isEqualTo("SUPERSEDED");
        assertThat(of("ONGOING", "ONGOING", "COMPLETED")).as("every open item ongoing").isEqualTo("ONGOING");
        assertThat(of("DEFERRED")).isEqualTo("DEFERRED");
        assertThat(of("NOT_STARTED", "COMPLETED")).as("one done, one to do").isEqualTo("IN_PROGRESS");
        assertThat(of("IN_PROGRESS", "ONGOING", null)).isEqualTo("IN_PROGRESS");
    }
}
