package org.tsag.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.testsupport.IntegrationTest;

/** Internal items are counted for TSB, chairs and admins, never for members or anonymous readers. */
@IntegrationTest
class VisibilityTest {

    @Autowired
    ItemService items;

    @Autowired
    DashboardService dashboard;

    static boolean loaded;

    @BeforeAll
    static void reset() {
        loaded = false;
    }

    void data() {
        if (loaded) {
            return;
        }
        loaded = true;
        SystemAuthentication.run(() -> {
            items.createPlan(new NewPlan("VIS", "Visibility plan", null, "TSAG", null, "AVERAGE", false));
            items.createItem(item("VIS-1", false));
            items.createItem(item("VIS-2", true));
        });
    }

    private static NewItem item(String code, boolean internal) {
        return new NewItem("VIS", code, null, "Item " + code, null, List.of("TSB"), List.of(), List.of("TSAG"),
                List.of(), null, null, LocalDate.of(2027, 1, 1), null, "MEDIUM", "2025-2028", 1, internal, false);
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void members_do_not_see_internal_items_in_the_dashboard() {
        data();
        assertThat(dashboard.summary().totalItems()).isEqualTo(1);
        assertThat(dashboard.summary().byStatus().stream().mapToInt(s -> s.count()).sum()).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "TSB")
    void tsb_sees_internal_items_in_the_dashboard() {
        data();
        assertThat(dashboard.summary().totalItems()).isEqualTo(2);
    }
}
