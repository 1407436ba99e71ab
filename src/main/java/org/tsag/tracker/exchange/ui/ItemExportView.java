package org.tsag.tracker.exchange.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.exchange.ExchangeService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.ItemSort;
import org.tsag.tracker.item.ui.ItemGridParameters;

/**
 * Export of what the item grid shows: the grid's "Export" action opens this page with the grid's
 * filter and sort in the URL (the same parameters as {@code /items}). Everyone who may read the grid
 * may export it; internal items stay out for those who may not see them.
 */
@Route("exchange/export")
@AnonymousAllowed
class ItemExportView extends PageLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ItemService items;
    private final Paragraph summary = new Paragraph();
    private final Anchor back = new Anchor();
    private ItemGridParameters state = new ItemGridParameters(ItemFilter.NONE, List.of());
    private final ExportPanel export;

    ItemExportView(ExchangeService service, ItemService items, BackgroundJobs jobs) {
        super("exchange-export-view");
        this.items = items;
        summary.setId("export-summary");
        back.setId("export-back");
        back.setText(getTranslation("exchange.export.back"));
        export = new ExportPanel(service, jobs, () -> state.filter(), () -> state.sort());
        add(new H2(getTranslation("exchange.export.title")), summary, export, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = ItemGridParameters.parse(event.getLocation().getQueryParameters());
        String query = state.toQueryParameters().getQueryString();
        back.setHref(query.isEmpty() ? "items" : "items?" + query);
        summary.setText(getTranslation("exchange.export.summary", items.count(state.filter())));
    }

    /** The filter and sort of the export (for tests). */
    List<ItemSort> sort() {
        return state.sort();
    }

    ItemFilter filter() {
        return state.filter();
    }

    ExportPanel exportPanel() {
        return export;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.export.title");
    }
}
