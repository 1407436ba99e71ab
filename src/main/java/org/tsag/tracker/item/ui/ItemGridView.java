package org.tsag.tracker.item.ui;

import org.tsag.tracker.status.StatusJournal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.ui.FollowControl;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemOptions;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.ItemSort;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.live.ui.LiveUpdates;

/**
 * Every action item in one lazily loaded grid, sortable by any column, filtered by status, entity,
 * plan, resolution, study period, deadline, owner and full text. The filter and the sort live in
 * the URL (see {@link ItemGridParameters}), so a view can be shared and bookmarked.
 */
@Route("items")
@AnonymousAllowed
class ItemGridView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** How many fetched rows the grid remembers for live updates, at most. */
    private static final int MAX_LOADED = 5_000;
    /**
     * The grid counts matching items up to this many; above it, it says "more than" and scrolls with
     * Vaadin's estimated item count, so that neither the count nor a page reads every match.
     */
    static final int COUNT_LIMIT = 1_000;

    private final ItemService service;
    private final StatusJournal journal;
    private final ItemOptions options;
    private final Grid<ItemRow> grid = new Grid<>();
    private ItemGridColumns columns;
    private final ItemGridFilters filters;
    private FilterChips chips;
    private final Span count = new Span();
    private final boolean canWrite;
    private final GridFollowBar followBar;

    private ItemGridParameters state = new ItemGridParameters(ItemFilter.NONE, List.of());
    private boolean applying;
    /** The rows the grid fetched since its last full refresh, by id: what the browser may show now (live updates). */
    private final Map<Long, ItemRow> loaded = new java.util.HashMap<>();
    /** The capped count of the last refresh: exact when at most COUNT_LIMIT (the grid's defined size then). */
    private int shownCount;

    ItemGridView(ItemService service, StatusJournal journal, LiveUpdates live, ObjectProvider<FollowControl> follow) {
        this.service = service;
        this.followBar = new GridFollowBar(follow);
        this.journal = journal;
        this.options = service.options();
        this.filters = new ItemGridFilters(this, options, this::filterChanged);
        this.canWrite = CurrentUser.hasAnyRole(Roles.TSB, Roles.CHAIR);
        addClassName("view");
        addClassName("item-grid-view");
        setPadding(false);
        buildGrid();
        add(new H2(getTranslation("items.title")), filterBar(), toolbar(), followBar, count, grid);
        count.setId("item-count");
        count.addClassName("item-count");
        live.keepUpdated(this, this::changed);
    }

    /** The filters folded into a bar of chips; the fields open in a panel under it (issue 18). */
    private Component filterBar() {
        Div panel = new Div(filters.fields());
        panel.addClassName("item-filter-panel");
        chips = new FilterChips(panel, filters::clear);
        chips.add(filters.clauseChip());
        return new Div(chips, panel);
    }

    private Component toolbar() {
        Button original = new Button(getTranslation("items.original.order"), VaadinIcon.SORT.create(), e -> {
            grid.sort(null);
            urlChanged();
        });
        original.setId("original-order");
        Button chooser = new Button(getTranslation("items.columns"), VaadinIcon.TABLE.create());
        chooser.setId("column-chooser");
        ContextMenu menu = new ContextMenu(chooser);
        menu.setOpenOnClick(true);
        columns.byKey().forEach((key, column) -> {
            MenuItem item = menu.addItem(getTranslation(key("items.column.", key)));
            item.setCheckable(true);
            item.setChecked(column.isVisible());
            item.addClickListener(e -> column.setVisible(item.isChecked()));
        });
        Button export = new Button(getTranslation("items.export"), VaadinIcon.DOWNLOAD.create(),
                e -> UI.getCurrent().navigate("exchange/export", state.toQueryParameters()));
        export.setId("items-export");
        HorizontalLayout bar = new HorizontalLayout(original, chooser, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.addClassName("item-toolbar");
        if (CurrentUser.name().isPresent()) {
            bar.add(new SavedViewsBar(service, () -> state.toQueryParameters().getQueryString()));
        }
        if (canWrite) {
            Button bulk = new Button(getTranslation("items.bulk.open"), VaadinIcon.EDIT.create(), e -> openBulkDialog());
            bulk.setId("bulk-update");
            Anchor carryOver = new Anchor("carry-over", getTranslation("item.carry.title"));
            carryOver.setId("carry-over-link");
            bar.add(bulk, carryOver);
        }
        return bar;
    }

    private void buildGrid() {
        grid.setId("item-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(true);
        if (canWrite) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        columns = new ItemGridColumns(grid, this, this::getLocale);

        grid.setItems(
                query -> {
                    List<ItemRow> rows = service.find(state.filter(), query.getOffset(), query.getLimit(),
                            ItemGridColumns.sortOf(query.getSortOrders()), getLocale());
                    if (loaded.size() > MAX_LOADED) {
                        // forgetting rows only makes live updates more conservative (a full refresh)
                        loaded.clear();
                    }
                    rows.forEach(row -> loaded.put(row.id(), row));
                    return rows.stream();
                },
                query -> shownCount)
                // a row is the same row after its status changed: live updates replace it in place
                .setIdentifierProvider(ItemRow::id);
        grid.addSortListener(e -> {
            if (!applying && e.isFromClient()) {
                urlChanged();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = ItemGridParameters.parse(event.getLocation().getQueryParameters());
        applying = true;
        try {
            ItemFilter f = state.filter();
            filters.show(f);
            if (!showClause(f.clause()) && f.clause() != null) {
                // an unknown clause id (edited by hand) restricts nothing rather than hiding every item
                state = new ItemGridParameters(f.withClause(null), state.sort());
            }
            List<GridSortOrder<ItemRow>> orders = new ArrayList<>();
            for (ItemSort s : state.sort()) {
                orders.add(new GridSortOrder<>(columns.get(s.key()),
                        s.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING));
            }
            grid.sort(orders);
        } finally {
            applying = false;
        }
        followBar.show(state.filter());
        chips.show(FilterChips.of(state.filter(), this));
        refresh();
    }

    private boolean showClause(Long id) {
        return filters.showClause(id == null ? null : service.clauseName(id).orElse(null));
    }

    private void filterChanged() {
        if (!applying) {
            urlChanged();
        }
    }

    /** Puts the fields' state into the URL; the navigation comes back through beforeEnter. */
    private void urlChanged() {
        ItemFilter filter = filters.read(state.filter().clause());
        List<ItemSort> sort = ItemGridColumns.sortOf(grid.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection()))
                .toList());
        state = new ItemGridParameters(filter, sort);
        UI.getCurrent().navigate(ItemGridView.class, state.toQueryParameters());
    }

    private void refresh() {
        loaded.clear();
        shownCount = service.countUpTo(state.filter(), COUNT_LIMIT);
        if (shownCount > COUNT_LIMIT) {
            // the grid grows its size as the reader scrolls, and finds the end when a page comes back short
            grid.getLazyDataView().setItemCountEstimate(shownCount);
            count.setText(getTranslation("items.count.more", COUNT_LIMIT));
        } else {
            grid.getLazyDataView().setItemCountFromDataProvider();
            count.setText(getTranslation("items.count", shownCount));
        }
        grid.getDataProvider().refreshAll();
    }

    /**
     * Someone committed a change (live updates). Rows on screen that changed are replaced in place;
     * when the set of rows or their order may have changed (an item entered or left the filter, was
     * created or deleted, or changed in a sorted column), the grid and its count are read again.
     */
    void changed(ChangeSet changes) {
        if (!changes.mayAffectItems()) {
            return;
        }
        if (changes.everything() || changes.itemsAddedOrRemoved()) {
            refresh();
            return;
        }
        Map<Long, ItemRow> now = new java.util.HashMap<>();
        service.findAmong(state.filter(), changes.items()).forEach(row -> now.put(row.id(), row));
        List<ItemRow> replaced = new ArrayList<>();
        for (long id : changes.items()) {
            ItemRow before = loaded.get(id);
            ItemRow after = now.get(id);
            if (before == null && after == null) {
                continue;
            }
            if (before == null || after == null || !ItemGridColumns.sameSortPosition(before, after, state.sort())) {
                refresh();
                return;
            }
            if (!before.equals(after)) {
                replaced.add(after);
            }
        }
        for (ItemRow row : replaced) {
            loaded.put(row.id(), row);
            grid.getDataProvider().refreshItem(row);
        }
    }

    /** The state the URL holds now (for tests and saved views). */
    ItemGridParameters state() {
        return state;
    }

    private void openBulkDialog() {
        var selected = grid.getSelectedItems();
        if (selected.isEmpty()) {
            Notification.show(getTranslation("items.bulk.none"));
            return;
        }
        BulkReportDialog dialog = new BulkReportDialog(selected, options, journal, () -> {
            grid.deselectAll();
            refresh();
        });
        add(dialog);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("items.title");
    }

    /** A translation key made of a prefix and a code, e.g. "status." and "COMPLETED". */
    private static String key(String prefix, Object code) {
        return prefix + code;
    }
}
