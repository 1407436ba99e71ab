package org.tsag.tracker.item.ui;

import org.tsag.tracker.base.ui.ItemLinks;
import org.tsag.tracker.status.StatusJournal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.ui.FollowControl;
import org.tsag.tracker.base.ui.SampleBadge;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemOptions;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.ItemSort;
import org.tsag.tracker.item.SavedFilter;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.status.StatusTransitionException;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.live.ui.LiveUpdates;
import org.tsag.tracker.i18n.LocaleFormats;

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

    /** Items due within this many days are marked "due soon". */
    static final int DUE_SOON_DAYS = 30;

    private final ItemService service;
    private final StatusJournal journal;
    private final ItemOptions options;
    private final Grid<ItemRow> grid = new Grid<>();
    private final Map<String, Grid.Column<ItemRow>> columns = new java.util.LinkedHashMap<>();
    private final MultiSelectComboBox<String> status = new MultiSelectComboBox<>();
    private final ComboBox<String> entity = new ComboBox<>();
    private final ComboBox<String> plan = new ComboBox<>();
    private final ComboBox<String> resolution = new ComboBox<>();
    private final ComboBox<String> period = new ComboBox<>();
    private final TextField text = new TextField();
    private final Checkbox overdue = new Checkbox();
    private final IntegerField dueWithin = new IntegerField();
    private final Checkbox mine = new Checkbox();
    private final ComboBox<String> health = new ComboBox<>();
    private final ComboBox<String> role = new ComboBox<>();
    /** The clause filter comes only from links (the dashboard's heatmap); it shows as a removable chip. */
    private final Button clause = new Button();
    private FilterChips chips;
    private final Span count = new Span();
    private final boolean canWrite;
    private final GridFollowBar followBar;

    private ItemGridParameters state = new ItemGridParameters(ItemFilter.NONE, List.of());
    private boolean applying;
    /** The rows the grid fetched since its last full refresh, by id: what the browser may show now (live updates). */
    private final Map<Long, ItemRow> loaded = new java.util.HashMap<>();

    ItemGridView(ItemService service, StatusJournal journal, LiveUpdates live, ObjectProvider<FollowControl> follow) {
        this.service = service;
        this.followBar = new GridFollowBar(follow);
        this.journal = journal;
        this.options = service.options();
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
        Div panel = new Div(filters());
        panel.addClassName("item-filter-panel");
        chips = new FilterChips(panel, this::clearFilter);
        chips.add(clause);
        return new Div(chips, panel);
    }

    /** A chip's cross: clears its field, and the field's listener puts the filter in the URL. */
    private void clearFilter(String field) {
        switch (field) {
            case "status" -> status.clear();
            case "health" -> health.clear();
            case "entity" -> entity.clear();
            case "role" -> role.clear();
            case "plan" -> plan.clear();
            case "resolution" -> resolution.clear();
            case "period" -> period.clear();
            case "text" -> text.clear();
            case "due" -> dueWithin.clear();
            case "overdue" -> overdue.setValue(false);
            case "mine" -> mine.setValue(false);
            default -> throw new IllegalArgumentException(field);
        }
    }

    private Component filters() {
        status.setLabel(getTranslation("items.filter.status"));
        status.setId("filter-status");
        status.setItems(options.statuses());
        status.setItemLabelGenerator(s -> getTranslation(key("status.", s)));
        entity.setLabel(getTranslation("items.filter.entity"));
        entity.setId("filter-entity");
        entity.setItems(options.entities());
        plan.setLabel(getTranslation("items.filter.plan"));
        plan.setId("filter-plan");
        plan.setItems(options.plans());
        resolution.setLabel(getTranslation("items.filter.resolution"));
        resolution.setId("filter-resolution");
        resolution.setItems(options.resolutions());
        period.setLabel(getTranslation("items.filter.period"));
        period.setId("filter-period");
        period.setItems(options.periods());
        text.setLabel(getTranslation("items.filter.text"));
        text.setId("filter-text");
        text.setClearButtonVisible(true);
        overdue.setLabel(getTranslation("items.filter.overdue"));
        overdue.setId("filter-overdue");
        dueWithin.setLabel(getTranslation("items.filter.due"));
        dueWithin.setId("filter-due");
        dueWithin.setMin(0);
        dueWithin.setClearButtonVisible(true);
        mine.setLabel(getTranslation("items.filter.mine"));
        mine.setId("filter-mine");
        mine.setVisible(CurrentUser.name().isPresent());
        mine.setTooltipText(getTranslation("items.filter.mine.help"));

        health.setLabel(getTranslation("items.filter.health"));
        health.setId("filter-health");
        health.setItems(ItemFilter.AT_RISK, ItemFilter.ON_TRACK);
        health.setItemLabelGenerator(h -> getTranslation("items.filter.health." + h));
        health.setTooltipText(getTranslation("items.filter.health.help"));
        role.setLabel(getTranslation("items.filter.role"));
        role.setId("filter-role");
        role.setItems(ItemFilter.ROLES);
        role.setItemLabelGenerator(r -> getTranslation("items.filter.role." + r));
        role.setTooltipText(getTranslation("items.filter.role.help"));
        clause.setId("filter-clause");
        clause.setIcon(VaadinIcon.CLOSE_SMALL.create());
        clause.setIconAfterText(true);
        clause.addClassName("filter-chip");
        clause.setVisible(false);
        clause.addClickListener(e -> {
            clause.setVisible(false);
            filterChanged();
        });

        status.addValueChangeListener(e -> filterChanged());
        health.addValueChangeListener(e -> filterChanged());
        role.addValueChangeListener(e -> filterChanged());
        entity.addValueChangeListener(e -> filterChanged());
        plan.addValueChangeListener(e -> filterChanged());
        resolution.addValueChangeListener(e -> filterChanged());
        period.addValueChangeListener(e -> filterChanged());
        text.addValueChangeListener(e -> filterChanged());
        overdue.addValueChangeListener(e -> filterChanged());
        dueWithin.addValueChangeListener(e -> filterChanged());
        mine.addValueChangeListener(e -> filterChanged());

        HorizontalLayout row = new HorizontalLayout(status, health, entity, role, plan, resolution, period, text, dueWithin, overdue, mine);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("item-filters");
        return row;
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
        columns.forEach((key, column) -> {
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
            bar.add(savedViews());
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

    private Component savedViews() {
        ComboBox<SavedFilter> views = new ComboBox<>(getTranslation("items.views.label"));
        views.setId("saved-views");
        views.setItems(service.savedViews());
        views.setItemLabelGenerator(SavedFilter::name);
        views.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                UI.getCurrent().navigate(ItemGridView.class, QueryParameters.fromString(e.getValue().query()));
            }
        });
        TextField name = new TextField(getTranslation("items.views.name"));
        name.setId("saved-view-name");
        Button save = new Button(getTranslation("items.views.save"), e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("items.views.name.required"));
                return;
            }
            service.saveView(name.getValue(), state.toQueryParameters().getQueryString());
            views.setItems(service.savedViews());
            Notification.show(getTranslation("items.views.saved", name.getValue().strip()));
            name.clear();
        });
        save.setId("save-view");
        HorizontalLayout box = new HorizontalLayout(views, name, save);
        box.setAlignItems(FlexComponent.Alignment.BASELINE);
        return box;
    }

    private void buildGrid() {
        grid.setId("item-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(true);
        if (canWrite) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        LocalDate today = LocalDate.now();
        // what a reader looks for first stays on a 1366 px screen: code, title (with room), status, due
        column("code", grid.addComponentColumn(this::codeCell)).setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        column("title", grid.addColumn(ItemRow::title)).setWidth("22rem").setFlexGrow(3);
        column("status", grid.addColumn(r -> r.status() == null ? getTranslation("items.status.none")
                : getTranslation(key("status.", r.status())))).setAutoWidth(true).setFlexGrow(0);
        column("due", grid.addComponentColumn(r -> deadlineCell(r, today))).setAutoWidth(true).setFlexGrow(0);
        column("progress", grid.addColumn(r -> r.progress() == null ? ""
                : getTranslation("items.progress.value", r.progress()))).setAutoWidth(true).setFlexGrow(0);
        column("plan", grid.addColumn(ItemRow::plan)).setAutoWidth(true);
        column("resolution", grid.addColumn(r -> String.join(", ", r.clauses()))).setAutoWidth(true);
        column("responsible", grid.addColumn(r -> String.join(", ", r.responsible()))).setAutoWidth(true);
        column("collaborating", grid.addColumn(r -> String.join(", ", r.collaborating()))).setAutoWidth(true);
        column("reportsTo", grid.addColumn(r -> String.join(", ", r.reportsTo()))).setAutoWidth(true);
        column("owner", grid.addColumn(ItemRow::owner)).setAutoWidth(true);
        column("updated", grid.addColumn(r -> LocaleFormats.of(getLocale()).date(r.updated()))).setAutoWidth(true);
        column("period", grid.addColumn(ItemRow::period)).setAutoWidth(true);

        grid.setItems(
                query -> {
                    List<ItemRow> rows = service.find(state.filter(), query.getOffset(), query.getLimit(), sortOf(query.getSortOrders()));
                    if (loaded.size() > MAX_LOADED) {
                        // forgetting rows only makes live updates more conservative (a full refresh)
                        loaded.clear();
                    }
                    rows.forEach(row -> loaded.put(row.id(), row));
                    return rows.stream();
                },
                query -> service.count(state.filter()))
                // a row is the same row after its status changed: live updates replace it in place
                .setIdentifierProvider(ItemRow::id);
        grid.addSortListener(e -> {
            if (!applying && e.isFromClient()) {
                urlChanged();
            }
        });
    }

    private Grid.Column<ItemRow> column(String key, Grid.Column<ItemRow> column) {
        column.setKey(key);
        column.setHeader(getTranslation(key("items.column.", key)));
        column.setSortable(true);
        column.setSortProperty(key);
        column.setResizable(true);
        columns.put(key, column);
        return column;
    }

    private Component codeCell(ItemRow row) {
        Anchor link = ItemLinks.codeAnchor(row.plan(), row.code()); // 68-3 stays 68-3 in Arabic
        link.addClassName("item-code");
        Span cell = new Span(link);
        if (row.internal()) {
            Span internal = new Span(getTranslation("items.internal"));
            internal.addClassName("item-internal-badge");
            cell.add(internal);
        }
        if (row.sample()) {
            cell.add(new SampleBadge());
        }
        return cell;
    }

    private Component deadlineCell(ItemRow row, LocalDate today) {
        Span cell = new Span();
        cell.addClassName("item-deadline");
        if (row.dueDate() != null) {
            cell.add(new Span(LocaleFormats.of(getLocale()).date(row.dueDate())));
        } else if (row.targetMeeting() != null) {
            cell.add(new Span(row.targetMeeting()));
        }
        if (row.overdue(today)) {
            Span flag = new Span(VaadinIcon.EXCLAMATION_CIRCLE.create(), new Span(getTranslation("items.overdue")));
            flag.addClassName("item-overdue");
            cell.add(flag);
        } else if (row.dueWithin(today, DUE_SOON_DAYS)) {
            Span flag = new Span(VaadinIcon.CLOCK.create(), new Span(getTranslation("items.due.soon")));
            flag.addClassName("item-due-soon");
            cell.add(flag);
        }
        return cell;
    }

    private static List<ItemSort> sortOf(List<QuerySortOrder> orders) {
        List<ItemSort> sort = new ArrayList<>();
        for (QuerySortOrder order : orders) {
            if (ItemSort.KEYS.contains(order.getSorted()) && sort.stream().noneMatch(s -> s.key().equals(order.getSorted()))) {
                sort.add(new ItemSort(order.getSorted(), order.getDirection() == SortDirection.DESCENDING));
            }
        }
        return sort;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = ItemGridParameters.parse(event.getLocation().getQueryParameters());
        applying = true;
        try {
            ItemFilter f = state.filter();
            status.setValue(new LinkedHashSet<>(f.statuses().stream().filter(options.statuses()::contains).toList()));
            entity.setValue(f.entity());
            plan.setValue(f.plan());
            resolution.setValue(f.resolution());
            period.setValue(f.period());
            text.setValue(f.text() == null ? "" : f.text());
            overdue.setValue(f.overdue());
            dueWithin.setValue(f.dueWithinDays());
            mine.setValue(f.mine());
            health.setValue(f.health());
            role.setValue(f.entityRole());
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
        String name = id == null ? null : service.clauseName(id).orElse(null);
        clause.setVisible(name != null);
        if (name != null) {
            clause.setText(getTranslation("items.filter.clause", name));
            clause.setAriaLabel(getTranslation("items.filter.clause.remove", name));
        }
        return name != null;
    }

    private void filterChanged() {
        if (!applying) {
            urlChanged();
        }
    }

    /** Puts the fields' state into the URL; the navigation comes back through beforeEnter. */
    private void urlChanged() {
        ItemFilter filter = new ItemFilter(status.getValue(), entity.getValue(), plan.getValue(), resolution.getValue(),
                period.getValue(), text.getValue(), overdue.getValue(), dueWithin.getValue(), mine.getValue(),
                health.getValue(), clause.isVisible() ? state.filter().clause() : null, role.getValue());
        List<ItemSort> sort = sortOf(grid.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection()))
                .toList());
        state = new ItemGridParameters(filter, sort);
        UI.getCurrent().navigate(ItemGridView.class, state.toQueryParameters());
    }

    private void refresh() {
        loaded.clear();
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("items.count", service.count(state.filter())));
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
            if (before == null || after == null || !sameSortPosition(before, after)) {
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

    /** Whether the row keeps its place: equal in every column the grid is sorted by, and in the original order. */
    private boolean sameSortPosition(ItemRow before, ItemRow after) {
        if (!before.plan().equals(after.plan())) {
            return false;
        }
        for (ItemSort sort : state.sort()) {
            if (!java.util.Objects.equals(sortValue(before, sort.key()), sortValue(after, sort.key()))) {
                return false;
            }
        }
        return true;
    }

    private static Object sortValue(ItemRow row, String key) {
        return switch (key) {
            case "code" -> row.code();
            case "title" -> row.title();
            case "plan" -> row.plan();
            case "resolution" -> row.clauses();
            case "responsible" -> row.responsible();
            case "collaborating" -> row.collaborating();
            case "reportsTo" -> row.reportsTo();
            case "owner" -> row.owner();
            case "due" -> row.deadline();
            case "status" -> row.status();
            case "progress" -> row.progress();
            case "updated" -> row.updated();
            case "period" -> row.period();
            default -> row;
        };
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
        Dialog dialog = new Dialog();
        dialog.setId("bulk-dialog");
        dialog.setHeaderTitle(getTranslation("items.bulk.title", selected.size()));
        Select<String> newStatus = new Select<>();
        newStatus.setId("bulk-status");
        newStatus.setLabel(getTranslation("item.report.status"));
        newStatus.setItems(options.statuses());
        newStatus.setItemLabelGenerator(s -> getTranslation(key("status.", s)));
        ComboBox<String> meeting = new ComboBox<>(getTranslation("item.report.meeting"));
        meeting.setId("bulk-meeting");
        meeting.setItems(options.meetings());
        DatePicker date = new DatePicker(getTranslation("item.report.date"), LocalDate.now());
        date.setId("bulk-date");
        TextArea narrative = new TextArea(getTranslation("item.report.narrative"));
        narrative.setId("bulk-narrative");
        narrative.setWidthFull();
        Button apply = new Button(getTranslation("items.bulk.apply"), e -> {
            if (newStatus.getValue() == null) {
                newStatus.setInvalid(true);
                newStatus.setErrorMessage(getTranslation("item.report.status.required"));
                return;
            }
            List<Long> ids = selected.stream().map(ItemRow::id).toList();
            try {
                int written = journal.bulkReport(ids, new StatusReport(newStatus.getValue(), null, null,
                        narrative.getValue(), meeting.getValue(), date.getValue(), List.of(), null));
                Notification.show(getTranslation("items.bulk.done", written));
                dialog.close();
                grid.deselectAll();
                refresh();
            } catch (StatusTransitionException ex) {
                Notification n = Notification.show(getTranslation("items.bulk.failed", getTranslation(ex.messageKey())));
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        apply.setId("bulk-apply");
        Button cancel = new Button(getTranslation("item.cancel"), e -> dialog.close());
        Span codes = new Span(selected.stream().map(ItemRow::code).collect(Collectors.joining(", ")));
        dialog.add(new VerticalLayout(codes, newStatus, meeting, date, narrative));
        dialog.getFooter().add(cancel, apply);
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
