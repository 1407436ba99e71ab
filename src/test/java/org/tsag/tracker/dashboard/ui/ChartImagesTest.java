package org.tsag.tracker.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Sessions showing the same chart share one copy of its bytes, and the node's cache stays bounded. */
class ChartImagesTest {

    private final ChartImages images = new ChartImages();

    @Test
    void two_sessions_drawing_the_same_chart_get_the_same_bytes() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Status by entity</title></svg>";

        byte[] first = images.share(svg);
        byte[] second = images.share(new String(svg.toCharArray()));

        assertThat(second).isSameAs(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(svg);
        assertThat(images.share(svg.replace("entity", "resolution"))).isNotSameAs(first);
    }

    @Test
    void the_cache_keeps_at_most_its_bound_and_drops_the_least_recently_used() {
        byte[] kept = images.share("<svg>0</svg>");
        for (int i = 1; i <= ChartImages.MAX_ENTRIES + 10; i++) {
            images.share("<svg>" + i + "</svg>");
            images.share("<svg>0</svg>");
        }

        assertThat(images.size()).isEqualTo(ChartImages.MAX_ENTRIES);
        assertThat(images.share("<svg>0</svg>")).as("used all along, so still shared").isSameAs(kept);
        assertThat(images.share("<svg>1</svg>")).isEqualTo("<svg>1</svg>".getBytes(StandardCharsets.UTF_8));
    }
}
