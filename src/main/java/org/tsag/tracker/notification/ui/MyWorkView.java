package org.tsag.tracker.notification.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tsag.tracker.base.ui.GridCards;
import org.tsag.tracker.base.ui.ItemLinks;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.notification.FollowedItem;
import org.tsag.tracker.notification.NotificationService;
import org.tsag.tracker.notification.WorkFilter;
import org.tsag.tracker.i18n.LocaleFormats;

/**
 * "My work": the items the signed-in user owns or follows, most urgent first, with tabs for what is
 * overdue and what awaits their report ({@code ?show=overdue} or {@code ?show=awaiting}); below, how
 * often they hear of it and what they follow.
 */
@Route("my-work")
@PermitAll
@StyleSheet("assets/notifications.css")
class MyWorkView extends PageLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final Map<String, WorkFilter> SHOW = Map.of("all", WorkFilter.ALL, "overdue", WorkFilter.OVERDUE,
            "awaiting", WorkFilter.AWAITING_REPORT);

    private final NotificationService notifications;
    private final Grid<FollowedItem> grid = new Grid<>();
    private final Tabs tabs = new Tabs();
    private final Map<WorkFilter, Tab> tabByFilter = new EnumMap<>(WorkFilter.class);
    private WorkFilter filter = WorkFilter.ALL;

    MyWorkView(NotificationService notifications) {
        super("my-work");
        this.notifications = notifications;
        add(new H2(getTranslation("notify.work.title")));
        add(new Paragraph(notifications.lastMeeting()
                .map(meeting -> getTranslation("notify.work.intro", meeting))
                .orElse(getTranslation("notify.work.intro.noMeeting"))));

        for (WorkFilter f : WorkFilter.values()) {
            Tab tab = new Tab();
            tab.setId("work-tab-" + key(f));
            tabByFilter.put(f, tab);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> {
            if (e.isFromClient()) {
                show(filterOf(e.getSelectedTab()));
                getUI().ifPresent(ui -> ui.navigate(MyWorkView.class, QueryParameters.of("show", key(filter))));
            }
        });
        add(tabs);

        LocaleFormats dates = LocaleFormats.of(getLocale());
        grid.setId("work-grid");
        // compact columns that wrap, so that the grid fits a 1366 px screen; the title takes the slack
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::itemLink).setHeader(getTranslation("notify.work.column.item")).setKey("item")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FollowedItem::title).setHeader(getTranslation("notify.work.column.title")).setKey("title")
                .setWidth("12rem").setFlexGrow(3).setTooltipGenerator(FollowedItem::title);
        grid.addColumn(i -> i.status() == null ? getTranslation("notify.mail.noStatus") : getTranslation("status." + i.status()))
                .setHeader(getTranslation("notify.work.column.status")).setKey("status").setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(i -> deadline(i, dates)).setHeader(getTranslation("notify.work.column.deadline"))
                .setKey("deadline").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(i -> i.awaitingReport() ? getTranslation("notify.work.awaiting") : "")
                .setHeader(getTranslation("notify.work.column.report")).setKey("report").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::reasons).setHeader(getTranslation("notify.work.column.why")).setKey("why")
                .setWidth("10rem").setFlexGrow(1);
        // on a phone one card a row: the item, its title, status, deadline and whether a report is awaited
        GridCards.addTo(grid, getTranslation("notify.work.column.card"), i -> card(i, dates));
        grid.setItems(query -> notifications.work(filter, query.getOffset(), query.getLimit()).stream(),
                query -> notifications.countWork(filter));
        grid.setEmptyStateText(getTranslation("notify.work.empty"));
        grid.setHeight("28rem");
        add(grid);

        add(new SettingsPanel(notifications), new FollowPanel(notifications, () -> show(filter)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String show = event.getLocation().getQueryParameters().getSingleParameter("show").orElse("all");
        show(SHOW.getOrDefault(show, WorkFilter.ALL));
    }

    private void show(WorkFilter shown) {
        filter = shown;
        for (Map.Entry<WorkFilter, Tab> tab : tabByFilter.entrySet()) {
            tab.getValue().setLabel(getTranslation("notify.work.tab." + key(tab.getKey()), notifications.countWork(tab.getKey())));
        }
        tabs.setSelectedTab(tabByFilter.get(shown));
        grid.getDataProvider().refreshAll();
    }

    private WorkFilter filterOf(Tab tab) {
        return tabByFilter.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst()
                .orElse(WorkFilter.ALL);
    }

    private static String key(WorkFilter filter) {
        return switch (filter) {
            case ALL -> "all";
            case OVERDUE -> "overdue";
            case AWAITING_REPORT -> "awaiting";
        };
    }

    private Component card(FollowedItem item, LocaleFormats dates) {
        Span title = new Span(item.title());
        title.addClassName("card-title");
        Div head = new Div(itemLink(item), title);
        head.addClassName("card-head");
        Span status = new Span(item.status() == null ? getTranslation("notify.mail.noStatus")
                : getTranslation("status." + item.status()));
        status.addClassName("card-meta");
        Div line = new Div(status, deadline(item, dates));
        line.addClassName("card-line");
        if (item.awaitingReport()) {
            Span awaiting = new Span(getTranslation("notify.work.awaiting"));
            awaiting.addClassName("card-meta");
            line.add(awaiting);
        }
        Div card = new Div(head, line);
        card.addClassName("grid-card");
        return card;
    }

    private Component itemLink(FollowedItem item) {
        Anchor link = ItemLinks.anchor(item.plan(), item.code(), item.plan() + " " + item.code());
        link.getElement().setAttribute("dir", "ltr");
        if (item.internal()) {
            link.getElement().setAttribute("title", getTranslation("notify.work.internal"));
        }
        return link;
    }

    private Component deadline(FollowedItem item, LocaleFormats dates) {
        if (item.deadline() == null) {
            return new Span();
        }
        // never colour alone: an overdue deadline also says so in words
        Span span = new Span(item.overdue() ? getTranslation("notify.work.overdue", dates.date(item.deadline()))
                : dates.date(item.deadline()));
        if (item.overdue()) {
            span.addClassName("my-work-overdue");
        }
        return span;
    }

    private Component reasons(FollowedItem item) {
        List<String> why = item.reasons().stream().map(r -> getTranslation("notify.reason." + r)).toList();
        Span span = new Span(why.stream().collect(Collectors.joining(", ")));
        span.addClassName("my-work-reason");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.work.title");
    }
}
