package org.tsag.tracker.security;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.status.Evidence;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.status.NewStatusEvent;
import org.tsag.tracker.testsupport.ViewTestBase;

/** The XSS corpus in item titles, descriptions, owners, narratives and evidence: grid, item page and timeline. */
@WithMockUser(username = "member@example.org", roles = "MEMBER")
class XssItemsTest extends ViewTestBase {

    @Autowired
    ItemService items;

    @Autowired
    StatusJournal journal;

    @Test
    void payloads_in_items_and_their_history_are_shown_as_text() {
        SystemAuthentication.run(() -> items.createPlan(new NewPlan("XSS", "<b>plan</b>", null, "TSAG", null, "AVERAGE", false)));
        int n = 1;
        for (String payload : XssCorpusTest.CORPUS) {
            String code = "X-" + n++;
            SystemAuthentication.run(() -> {
                long id = items.createItem(new NewItem("XSS", code, null, payload, payload, List.of("TSB"), List.of(),
                        List.of("TSAG"), List.of(), payload, null, LocalDate.of(2027, 1, 1), null, "LOW", "2025-2028", 1,
                        false, false));
                journal.record(new NewStatusEvent(id, "REPORT", "IN_PROGRESS", 10, "AMBER", payload, null,
                        LocalDate.of(2026, 1, 10), "TSB", List.of(new Evidence("OTHER", payload, null))));
            });

            UI.getCurrent().navigate("items/XSS/" + code);
            assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ItemView");
            List<String> texts = find(Component.class).all().stream()
                    .map(c -> c.getElement().getText())
                    .toList();
            assertThat(texts).as("item page shows " + payload).contains(payload);
            XssCorpusTest.assertNoMarkup(UI.getCurrent(), payload);
        }

        UI.getCurrent().navigate("items", QueryParameters.of("plan", "XSS"));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).withId("item-grid").single();
        assertThat(test(grid).size()).isEqualTo(XssCorpusTest.CORPUS.size());
        boolean titleShownAsText = false;
        for (int column = 0; column < 6; column++) {
            try {
                if (XssCorpusTest.CORPUS.contains(test(grid).getCellText(0, column))) {
                    titleShownAsText = true;
                }
            } catch (RuntimeException notATextColumn) {
                // component columns have no plain text
            }
        }
        assertThat(titleShownAsText).as("a grid cell holds the title as plain text").isTrue();
        XssCorpusTest.assertNoMarkup(UI.getCurrent(), XssCorpusTest.CORPUS.getFirst());
    }
}
