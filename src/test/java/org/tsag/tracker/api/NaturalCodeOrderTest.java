package org.tsag.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.ItemSort;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.testsupport.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Item codes sort in their natural order (68-2 before 68-10), in the grid's query and in the API,
 * through the code_key column of V140; and the stored deadline follows the due date and the target
 * meeting's end.
 */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class NaturalCodeOrderTest {

    /** Created in this (scrambled) order, so that neither position nor id gives the natural order. */
    static final List<String> CREATED = List.of("68-10", "68-2.1", "7", "68-1", "68-9a", "68-2", "68-010b", "68-9");
    static final List<String> NATURAL = List.of("7", "68-1", "68-2", "68-2.1", "68-9", "68-9a", "68-10", "68-010b");

    @Autowired
    ItemService items;

    @Autowired
    DemoDataService demo;

    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void load() {
        SystemAuthentication.run(() -> {
            demo.loadIfEmpty();
            if (items.findItemId("NAT", "68-1").isPresent()) {
                return;
            }
            items.createPlan(new NewPlan("NAT", "Natural order", null, "TSB", null, "AVERAGE", true));
            for (String code : CREATED) {
                items.createItem(new NewItem("NAT", code, null, "Natural " + code, null, List.of("TSB"), List.of(),
                        List.of(), List.of(), null, null, null, null, "LOW", "2025-2028", 1, false, true));
            }
        });
    }

    @Test
    void the_grid_sorts_codes_in_their_natural_order_both_ways() {
        ItemFilter plan = ItemFilter.NONE.withPlan("NAT");
        assertThat(codes(items.find(plan, 0, 50, List.of(new ItemSort("code", false))))).containsExactlyElementsOf(NATURAL);
        assertThat(codes(items.find(plan, 0, 50, List.of(new ItemSort("code", true))))).containsExactlyElementsOf(NATURAL.reversed());
        // without a sort: the original order (plan, then position)
        assertThat(codes(items.find(plan, 0, 50, List.of()))).containsExactlyElementsOf(CREATED);
    }

    @Test
    void the_api_sorts_codes_in_their_natural_order() throws Exception {
        MockMvc mvc = ApiClient.mvc(context);
        JsonNode page = ApiClient.json(mvc.perform(get("/api/v1/items?plan=NAT&sort=code&size=50")
                .with(user("tsb@example.org").roles("TSB"))).andReturn());
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> codes.add(item.get("code").asString()));
        assertThat(codes).containsExactlyElementsOf(NATURAL);
    }

    @Test
    void the_stored_deadline_is_the_due_date_or_else_the_target_meetings_end() {
        ItemFilter plan = ItemFilter.NONE.withPlan("NAT");
        LocalDate today = LocalDate.now();
        var form = org.tsag.tracker.item.ItemForm.of(items.findItem("NAT", "68-9").orElseThrow());
        form.setDueDate(today.minusDays(3));
        items.update(form);
        assertThat(codes(items.find(plan.withOverdue(true), 0, 50, List.of()))).containsExactly("68-9");
        assertThat(codes(items.find(plan, 0, 50, List.of(new ItemSort("due", false)))).getFirst()).isEqualTo("68-9");
    }

    private static List<String> codes(List<ItemRow> rows) {
        return rows.stream().map(ItemRow::code).toList();
    }
}
