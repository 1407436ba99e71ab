package org.tsag.tracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemLinksTest {

    @Test
    void a_plain_code_links_to_its_plan_and_code() {
        assertThat(ItemLinks.path("WTSA24", "68-3")).isEqualTo("items/WTSA24/68-3");
        assertThat(ItemLinks.href("WTSA24", "68-3")).isEqualTo("/items/WTSA24/68-3");
    }

    @Test
    void spaces_slashes_and_non_ascii_are_encoded_per_segment() {
        assertThat(ItemLinks.path("TSAG 2025", "A/1 é")).isEqualTo("items/TSAG%202025/A%2F1%20%C3%A9");
    }

    @Test
    void absolute_links_join_the_base_with_one_slash() {
        assertThat(ItemLinks.absolute("http://localhost:8080", "NP", "NP-1")).isEqualTo("http://localhost:8080/items/NP/NP-1");
        assertThat(ItemLinks.absolute("http://localhost:8080/", "NP", "NP-1")).isEqualTo("http://localhost:8080/items/NP/NP-1");
    }

    @Test
    void anchors_point_at_the_path_and_codes_stay_left_to_right() {
        assertThat(ItemLinks.anchor("NP", "NP-1", "NP NP-1").getHref()).isEqualTo("items/NP/NP-1");
        assertThat(ItemLinks.codeAnchor("NP", "NP-1").getElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat(ItemLinks.codeAnchor("NP", "NP-1").getText()).isEqualTo("NP-1");
    }
}
