package org.tsag.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.tsag.tracker.item.ItemSort;

/** The documented sort keys are the grid's, and paging stays within its bounds. */
class ApiParametersTest {

    @Test
    void the_documented_sort_keys_are_exactly_the_grids() {
        assertThat(Arrays.stream(ItemApiController.ItemSortKeys.DESCRIPTION.split(",")).map(String::strip).toList())
                .containsExactlyElementsOf(ItemSort.KEYS);
    }

    @Test
    void a_page_counts_from_zero_and_holds_one_to_five_hundred() {
        assertThat(new Paging(2, 50).offset()).isEqualTo(100);
        assertThatThrownBy(() -> new Paging(-1, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Paging(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Paging(0, Paging.MAX_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Paging(Integer.MAX_VALUE, 500).offset()).isInstanceOf(IllegalArgumentException.class);
    }
}
