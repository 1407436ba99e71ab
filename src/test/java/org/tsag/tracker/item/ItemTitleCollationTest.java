package org.tsag.tracker.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The grid sorts titles and owners as a reader of the UI language expects (issue 15: collation). */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ItemTitleCollationTest {

    private static final ItemFilter PLAN = ItemFilter.NONE.withPlan("COLL");
    private static final List<ItemSort> BY_TITLE = List.of(new ItemSort("title", false));

    @Autowired
    ItemService items;

    @Autowired
    DemoDataService demo;

    @Autowired
    CollationQuery collations;

    @BeforeEach
    void load() {
        SystemAuthentication.run(() -> {
            demo.loadIfEmpty();
            if (items.findItemId("COLL", "C-1").isPresent()) {
                return;
            }
            items.createPlan(new NewPlan("COLL", "Collation plan", null, "TSB", null, "AVERAGE", true));
            int position = 1;
            for (String title : List.of("Zèbre", "Égypte", "eau", "Ecole")) {
                items.createItem(new NewItem("COLL", "C-" + position, null, title, null, List.of("TSB"), List.of(),
                        List.of(), List.of(), null, null, null, null, "LOW", "2025-2028", position++, false, true));
            }
        });
    }

    private List<String> titles(Locale locale) {
        return items.find(PLAN, 0, 50, BY_TITLE, locale).stream().map(ItemRow::title).toList();
    }

    @Test
    void french_titles_sort_with_their_accents_among_the_plain_letters() {
        assumeThat(collations.forLocale(Locale.FRENCH)).as("the server has ICU collations").isNotNull();
        assertThat(titles(Locale.FRENCH)).containsExactly("eau", "Ecole", "Égypte", "Zèbre");
    }

    @Test
    void without_a_language_the_database_order_stays() {
        // C order: upper case before lower case, accented letters after z
        assertThat(titles(null)).containsExactly("Ecole", "Zèbre", "eau", "Égypte");
        assertThat(items.find(PLAN, 0, 50, BY_TITLE)).extracting(ItemRow::title).containsExactlyElementsOf(titles(null));
    }

    @Test
    void a_language_without_a_collation_keeps_the_database_order() {
        assertThat(collations.forLocale(Locale.of("xx"))).isNull();
        assertThat(titles(Locale.of("xx"))).containsExactlyElementsOf(titles(null));
    }
}
