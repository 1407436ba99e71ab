package org.tsag.tracker.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.resolution.RevisionComparison.Change;
import org.tsag.tracker.resolution.RevisionComparison.ClauseDiff;
import org.tsag.tracker.resolution.RevisionComparison.WordChange;
import org.tsag.tracker.testsupport.IntegrationTest;

/** Resolution 68, Hammamet 2016 against New Delhi 2024, clause by clause through lineage. */
@IntegrationTest
@WithMockUser(username = "member@example.org", roles = "MEMBER")
class RevisionCompareTest {

    @Autowired
    ResolutionService service;

    @Autowired
    DemoDataService demo;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private List<ClauseDiff> tsb() {
        return service.compare("68", 2016, 2024).orElseThrow().clauses().stream()
                .filter(c -> "TSB".equals(c.prefix()))
                .toList();
    }

    @Test
    void renumbered_clauses_of_the_director_of_tsb_keep_their_lineage() {
        List<String> lineage = tsb().stream()
                .filter(c -> c.relabelled())
                .map(c -> c.label() + " was " + c.previousLabel())
                .toList();
        assertThat(lineage).containsExactly("6 was 4", "8 was 5", "10 was 6", "11 was 7", "12 was 8");
    }

    @Test
    void new_and_deleted_clauses_of_the_director_of_tsb_are_listed() {
        assertThat(tsb().stream().filter(c -> c.change() == Change.ADDED).map(ClauseDiff::label))
                .containsExactly("3", "4", "5", "7", "9");
        assertThat(tsb().stream().filter(c -> c.change() == Change.DELETED).map(ClauseDiff::previousLabel))
                .containsExactly("3");
        // 2016 had 8 clauses, 2024 has 12: 7 continue, 1 deleted, 5 added
        assertThat(tsb()).hasSize(13);
    }

    @Test
    void tsag_gets_two_new_clauses() {
        List<ClauseDiff> tsag = service.compare("68", 2016, 2024).orElseThrow().clauses().stream()
                .filter(c -> "TSAG".equals(c.prefix()))
                .toList();
        assertThat(tsag).extracting(c -> c.change() + " " + c.label())
                .containsExactly("CHANGED 1", "ADDED 2", "ADDED 3");
    }

    @Test
    void word_differences_show_inserted_words_within_a_clause() {
        ClauseDiff first = tsb().getFirst();
        assertThat(first.label()).isEqualTo("1");
        assertThat(first.change()).isEqualTo(Change.CHANGED);
        assertThat(first.words())
                .filteredOn(w -> w.change() == WordChange.INSERTED)
                .extracting(RevisionComparison.Words::text)
                .anyMatch(t -> t.contains("and expand"));
        assertThat(first.words())
                .filteredOn(w -> w.change() == WordChange.EQUAL)
                .extracting(RevisionComparison.Words::text)
                .anyMatch(t -> t.startsWith("to continue to organize"));
    }

    @Test
    void word_diff_is_computed_on_words() {
        assertThat(ResolutionService.wordDiff("over 520 Sector Members", "over 700 Sector Members"))
                .extracting(w -> w.change() + ":" + w.text())
                .containsExactly("EQUAL:over", "DELETED:520", "INSERTED:700", "EQUAL:Sector Members");
    }

    @Test
    void an_unknown_revision_cannot_be_compared() {
        assertThat(service.compare("68", 2012, 2024)).isEmpty();
    }
}
