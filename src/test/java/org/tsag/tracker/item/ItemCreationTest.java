package org.tsag.tracker.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.testsupport.IntegrationTest;

/** An item without a study period is refused with a message for the user, not the database's NOT NULL error (issue 18). */
@IntegrationTest
@WithMockUser(username = "chair@example.org", roles = {"CHAIR", "TSB"})
class ItemCreationTest {

    @Autowired
    ItemService items;

    @BeforeEach
    void plan() {
        if (items.plans().stream().noneMatch(p -> p.code().equals("IC"))) {
            items.createPlan(new NewPlan("IC", "Item creation plan", null, "TSB", null, "AVERAGE", true));
        }
    }

    private static NewItem item(String code, String period) {
        return new NewItem("IC", code, null, "Item " + code, null, List.of("TSB"), List.of(), List.of("TSAG"),
                List.of(), null, null, null, null, "MEDIUM", period, 1, false, true);
    }

    @Test
    void an_item_without_a_study_period_is_refused_in_words() {
        for (String missing : new String[] {null, " "}) {
            assertThatThrownBy(() -> items.createItem(item("IC-1", missing)))
                    .isInstanceOfSatisfying(ItemRejectedException.class, e -> {
                        assertThat(e.field()).isEqualTo("studyPeriod");
                        assertThat(e.messageKey()).isEqualTo("item.error.period.required");
                    });
        }
        assertThat(items.findItemId("IC", "IC-1")).isEmpty();
        assertThat(ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT).getString("item.error.period.required"))
                .isEqualTo("Choose the study period of the item: every item belongs to one.");
        assertThat(ResourceBundle.getBundle("vaadin-i18n/translations", Locale.FRENCH).getString("item.error.period.required"))
                .contains("période d’études");
    }

    @Test
    void an_unknown_study_period_is_refused_in_words() {
        assertThatThrownBy(() -> items.createItem(item("IC-2", "1999-2002")))
                .isInstanceOfSatisfying(ItemRejectedException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("item.error.period.unknown"));
        assertThat(items.findItemId("IC", "IC-2")).isEmpty();
    }

    @Test
    void an_item_with_its_study_period_is_created() {
        long id = items.createItem(item("IC-3", "2025-2028"));
        assertThat(items.findItemId("IC", "IC-3")).contains(id);
    }
}
