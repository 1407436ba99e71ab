package org.tsag.tracker.item.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.tsag.tracker.base.ui.GridCards;
import org.tsag.tracker.base.ui.ItemLinks;
import org.tsag.tracker.base.ui.SampleBadge;
import org.tsag.tracker.i18n.LocaleFormats;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemSort;

/**
 * The grid's columns, by key, with their cells (the code as a link with its badges, the deadline
 * with its overdue or due-soon flag), and the mapping between the grid's sort and {@link ItemSort}.
 * Every column sorts by its key, which the repository maps through its allowlist.
 */
final class ItemGridColumns {

    /** Items due within this many days are marked "due soon". */
    static final int DUE_SOON_DAYS = 30;

    private final Component owner;
    private final Supplier<Locale> locale;
    private final Map<String, Grid.Column<ItemRow>> columns = new LinkedHashMap<>();

    /** Adds the columns to the grid; {@code owner} translates the headers and cells, dates in its {@code locale}. */
    ItemGridColumns(Grid<ItemRow> grid, Component owner, Supplier<Locale> locale) {
        this.owner = owner;
        this.locale = locale;
        LocalDate today = LocalDate.now();
        // what a reader looks for first fits a 1366 px screen without scrolling sideways: code, title
        // (taking the slack), status, due, progress, plan and clause, compact; the others come from the Columns menu
        column("code", grid.addComponentColumn(this::codeCell)).setWidth("7.5rem").setFlexGrow(0).setFrozen(true);
        column("title", grid.addColumn(ItemRow::title)).setWidth("12rem").setFlexGrow(1);
        column("status", grid.addColumn(r -> r.status() == null ? tr("items.status.none")
                : tr("status." + r.status()))).setWidth("11rem").setFlexGrow(0);
        column("due", grid.addComponentColumn(r -> deadlineCell(r, today))).setWidth("9rem").setFlexGrow(0);
        column("progress", grid.addColumn(r -> r.progress() == null ? ""
                : tr("items.progress.value", r.progress()))).setWidth("6.5rem").setFlexGrow(0);
        column("plan", grid.addColumn(ItemRow::plan)).setWidth("5.5rem").setFlexGrow(0);
        column("resolution", grid.addColumn(r -> String.join(", ", r.clauses()))).setWidth("7rem").setFlexGrow(0);
        column("responsible", grid.addColumn(r -> String.join(", ", r.responsible()))).setAutoWidth(true);
        column("collaborating", grid.addColumn(r -> String.join(", ", r.collaborating()))).setAutoWidth(true);
        column("reportsTo", grid.addColumn(r -> String.join(", ", r.reportsTo()))).setAutoWidth(true);
        column("owner", grid.addColumn(ItemRow::owner)).setAutoWidth(true);
        column("updated", grid.addColumn(r -> LocaleFormats.of(locale.get()).date(r.updated()))).setAutoWidth(true);
        column("period", grid.addColumn(ItemRow::period)).setAutoWidth(true);
        for (String extra : List.of("responsible", "collaborating", "reportsTo", "owner", "updated", "period")) {
            columns.get(extra).setVisible(false);
        }
        // on a phone one card a row (not among the columns a person chooses): sorted, like the code, by the code
        GridCards.addTo(grid, tr("items.column.card"), r -> card(r, today)).setSortProperty("code");
    }

    /** The columns by key, in their order. */
    Map<String, Grid.Column<ItemRow>> byKey() {
        return columns;
    }

    Grid.Column<ItemRow> get(String key) {
        return columns.get(key);
    }

    private Grid.Column<ItemRow> column(String key, Grid.Column<ItemRow> column) {
        column.setKey(key);
        column.setHeader(tr("items.column." + key));
        column.setSortable(true);
        column.setSortProperty(key);
        column.setResizable(true);
        columns.put(key, column);
        return column;
    }

    /** An item on a phone: its code (with its tags) and title, then its status and deadline. */
    private Component card(ItemRow row, LocalDate today) {
        Span title = new Span(row.title());
        title.addClassName("card-title");
        Div head = new Div(codeCell(row), title);
        head.addClassName("card-head");
        Span status = new Span(row.status() == null ? tr("items.status.none") : tr("status." + row.status()));
        status.addClassName("card-meta");
        Div meta = new Div(status, deadlineCell(row, today));
        meta.addClassName("card-line");
        Div card = new Div(head, meta);
        card.addClassName("grid-card");
        return card;
    }

    private Component codeCell(ItemRow row) {
        Anchor link = ItemLinks.codeAnchor(row.plan(), row.code()); // 68-3 stays 68-3 in Arabic
        link.addClassName("item-code");
        Span cell = new Span(link);
        cell.addClassName("item-code-cell");
        if (row.internal()) {
            Span internal = new Span(tr("items.internal"));
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
            cell.add(new Span(LocaleFormats.of(locale.get()).date(row.dueDate())));
        } else if (row.targetMeeting() != null) {
            cell.add(new Span(row.targetMeeting()));
        }
        if (row.overdue(today)) {
            Span flag = new Span(VaadinIcon.EXCLAMATION_CIRCLE.create(), new Span(tr("items.overdue")));
            flag.addClassName("item-overdue");
            cell.add(flag);
        } else if (row.dueWithin(today, DUE_SOON_DAYS)) {
            Span flag = new Span(VaadinIcon.CLOCK.create(), new Span(tr("items.due.soon")));
            flag.addClassName("item-due-soon");
            cell.add(flag);
        }
        return cell;
    }

    /** The grid's sort orders as item sorts: known keys only, each once. */
    static List<ItemSort> sortOf(List<QuerySortOrder> orders) {
        List<ItemSort> sort = new ArrayList<>();
        for (QuerySortOrder order : orders) {
            if (ItemSort.KEYS.contains(order.getSorted()) && sort.stream().noneMatch(s -> s.key().equals(order.getSorted()))) {
                sort.add(new ItemSort(order.getSorted(), order.getDirection() == SortDirection.DESCENDING));
            }
        }
        return sort;
    }

    /** Whether the row keeps its place: equal in every column the grid is sorted by, and in the original order. */
    static boolean sameSortPosition(ItemRow before, ItemRow after, List<ItemSort> sorts) {
        if (!before.plan().equals(after.plan())) {
            return false;
        }
        for (ItemSort sort : sorts) {
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

    private String tr(String key, Object... params) {
        return owner.getTranslation(key, params);
    }
}
