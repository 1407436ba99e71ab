package org.tsag.tracker.item.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemSort;

class ItemGridParametersTest {

    @Test
    void every_filter_and_the_sort_survive_a_round_trip_through_the_url() {
        ItemFilter filter = new ItemFilter(Set.of("COMPLETED", "ONGOING"), "TSB", "WTSA24", "68", "2025-2028",
                "cxo meeting", true, 30, true);
        List<ItemSort> sort = List.of(new ItemSort("due", true), new ItemSort("code", false));
        String query = new ItemGridParameters(filter, sort).toQueryParameters().getQueryString();

        ItemGridParameters back = ItemGridParameters.parse(QueryParameters.fromString(query));
        assertThat(back.filter()).isEqualTo(filter);
        assertThat(back.sort()).isEqualTo(sort);
    }

    @Test
    void the_documented_example_link_is_understood_in_any_case() {
        ItemGridParameters p = ItemGridParameters.parse(QueryParameters.fromString("status=completed&entity=tsb&sort=-progress"));
        assertThat(p.filter().statuses()).containsExactly("COMPLETED");
        assertThat(p.filter().entity()).isEqualTo("TSB");
        assertThat(p.sort()).containsExactly(new ItemSort("progress", true));
    }

    @Test
    void unknown_sort_keys_and_bad_numbers_in_a_hand_edited_link_are_ignored() {
        ItemGridParameters p = ItemGridParameters.parse(QueryParameters.fromString("sort=secret,title&due=soon"));
        assertThat(p.sort()).containsExactly(new ItemSort("title", false));
        assertThat(p.filter().dueWithinDays()).isNull();
    }
}
