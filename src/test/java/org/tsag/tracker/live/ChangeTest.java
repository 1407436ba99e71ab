package org.tsag.tracker.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** What a notification's payload means for the screens. */
class ChangeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void a_status_report_names_its_item_plan_and_resolution() {
        Change change = Change.parse("""
                {"t":"status_event","op":"INSERT","items":[42],"clauses":[],"plans":["WTSA24"],
                 "resolutions":["68"],"more":false,"at":1772359199900}""", NOW);
        assertThat(change.table()).isEqualTo("status_event");
        assertThat(change.operation()).isEqualTo("INSERT");
        assertThat(change.items()).containsExactly(42L);
        assertThat(change.plans()).containsExactly("WTSA24");
        assertThat(change.resolutions()).containsExactly("68");
        assertThat(change.pinned()).isTrue();
        assertThat(change.raisedAt()).isEqualTo(Instant.ofEpochMilli(1772359199900L));

        ChangeSet changes = ChangeSet.of(change);
        assertThat(changes.everything()).isFalse();
        assertThat(changes.mayAffectItem(42)).isTrue();
        assertThat(changes.mayAffectItem(43)).isFalse();
        assertThat(changes.mayAffectPlan("WTSA24")).isTrue();
        assertThat(changes.mayAffectPlan("CXO")).isFalse();
        assertThat(changes.mayAffectClauses()).isFalse();
        assertThat(changes.itemsAddedOrRemoved()).isFalse();
        assertThat(changes.sinceRaised(NOW).orElseThrow().toMillis()).isEqualTo(100);
    }

    @Test
    void new_journal_entries_say_the_earliest_day_they_report_on_and_anything_else_says_nothing() {
        Change report = Change.parse("{\"t\":\"status_event\",\"op\":\"INSERT\",\"items\":[42],\"plans\":[\"P\"],\"from\":\"2026-02-20\"}", NOW);
        Change later = Change.parse("{\"t\":\"status_event\",\"op\":\"INSERT\",\"items\":[43],\"plans\":[\"P\"],\"from\":\"2026-02-27\"}", NOW);
        assertThat(report.from()).isEqualTo(java.time.LocalDate.of(2026, 2, 20));
        assertThat(ChangeSet.of(later, report).onlyReportsOn()).contains(java.util.Set.of(42L, 43L));
        assertThat(ChangeSet.of(later, report).onlyReportsFrom()).contains(java.time.LocalDate.of(2026, 2, 20));

        Change edit = Change.parse("{\"t\":\"action_item\",\"op\":\"UPDATE\",\"items\":[42],\"plans\":[\"P\"]}", NOW);
        assertThat(ChangeSet.of(report, edit).onlyReportsOn()).isEmpty();
        assertThat(ChangeSet.of(report, edit).onlyReportsFrom()).isEmpty();
        assertThat(ChangeSet.of(Change.everything()).onlyReportsOn()).isEmpty();
        // a payload without the day: the entries are known, their day is not
        Change undated = Change.parse("{\"t\":\"status_event\",\"op\":\"INSERT\",\"items\":[7],\"plans\":[\"P\"]}", NOW);
        assertThat(ChangeSet.of(undated).onlyReportsOn()).contains(java.util.Set.of(7L));
        assertThat(ChangeSet.of(undated).onlyReportsFrom()).isEmpty();
        assertThat(Change.parse("{\"t\":\"status_event\",\"items\":[1],\"from\":\"junk\"}", NOW).pinned()).isFalse();
    }

    @Test
    void reference_data_a_cut_list_garbage_and_a_reconnect_mean_everything() {
        assertThat(ChangeSet.of(Change.parse("{\"t\":\"meeting\",\"op\":\"UPDATE\"}", NOW)).everything()).isTrue();
        assertThat(ChangeSet.of(Change.parse("{\"t\":\"status_event\",\"items\":[1],\"more\":true}", NOW)).everything()).isTrue();
        assertThat(ChangeSet.of(Change.parse("not json", NOW)).everything()).isTrue();
        assertThat(ChangeSet.of(Change.parse("[1,2]", NOW)).everything()).isTrue();
        ChangeSet reconnect = ChangeSet.of(Change.everything());
        assertThat(reconnect.mayAffectItem(1)).isTrue();
        assertThat(reconnect.mayAffectPlan("any")).isTrue();
        assertThat(reconnect.mayAffectClauses()).isTrue();
        assertThat(reconnect.itemsAddedOrRemoved()).isTrue();
    }

    @Test
    void a_new_item_changes_the_set_of_items_and_a_clause_report_only_the_heatmap() {
        ChangeSet created = ChangeSet.of(Change.parse("{\"t\":\"action_item\",\"op\":\"INSERT\",\"items\":[5],\"plans\":[\"P\"]}", NOW));
        assertThat(created.itemsAddedOrRemoved()).isTrue();
        ChangeSet edited = ChangeSet.of(Change.parse("{\"t\":\"action_item\",\"op\":\"UPDATE\",\"items\":[5],\"plans\":[\"P\"]}", NOW));
        assertThat(edited.itemsAddedOrRemoved()).isFalse();

        ChangeSet clause = ChangeSet.of(Change.parse(
                "{\"t\":\"status_event\",\"op\":\"INSERT\",\"items\":[],\"clauses\":[9],\"plans\":[],\"resolutions\":[\"68\"]}", NOW));
        assertThat(clause.everything()).isFalse();
        assertThat(clause.mayAffectClauses()).isTrue();
        assertThat(clause.mayAffectItems()).isFalse();
    }
}
