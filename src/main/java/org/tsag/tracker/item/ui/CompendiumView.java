package org.tsag.tracker.item.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tsag.tracker.base.ui.GridCards;
import org.tsag.tracker.base.ui.ItemLinks;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.item.Compendium;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;

/** The "compendium" of one resolution: who is instructed or invited, who cooperates, where reports go, and its items. */
@Route("compendium/:resolution")
@AnonymousAllowed
class CompendiumView extends PageLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ItemService service;
    private String title = "";

    CompendiumView(ItemService service) {
        super("item-compendium");
        this.service = service;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String number = event.getRouteParameters().get("resolution").orElse("");
        title = getTranslation("item.compendium.title", number);
        var found = service.compendium(number);
        if (found.isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("item.compendium.unknown", number));
            missing.setId("compendium-unknown");
            add(missing);
            return;
        }
        Compendium c = found.get();
        H2 heading = new H2(getTranslation("item.compendium.title", c.resolution()) + " — " + c.title());
        heading.setId("compendium-heading");
        add(heading);
        // the counts first, the long lists of addressees after (issue 18)
        Div counts = section("compendium-statuses", "item.compendium.statuses");
        UnorderedList statusList = new UnorderedList();
        for (Compendium.StatusCount s : c.statuses()) {
            ListItem li = new ListItem(new Anchor(link(c.resolution(), s.status()),
                    getTranslation(key("status.", s.status())) + ": " + s.items()));
            statusList.add(li);
        }
        counts.add(statusList);


        Div addressees = section("compendium-addressees", "item.compendium.addressees");
        Map<String, List<String>> bySection = new LinkedHashMap<>();
        c.addressees().forEach(a -> bySection.computeIfAbsent(a.section(), k -> new java.util.ArrayList<>()).add(a.entityName()));
        UnorderedList sections = new UnorderedList();
        bySection.forEach((s, names) -> sections.add(new ListItem(s + ": " + String.join(", ", names))));
        addressees.add(bySection.isEmpty() ? new Paragraph(getTranslation("item.compendium.none")) : sections);

        add(roles(c, "RESPONSIBLE", "compendium-responsible", "item.compendium.responsible"),
                roles(c, "COLLABORATING", "compendium-cooperating", "item.compendium.cooperating"),
                roles(c, "REPORTS_TO", "compendium-reporting", "item.compendium.reporting"));

        Div items = section("compendium-items", "item.compendium.items");
        Grid<ItemRow> grid = new Grid<>();
        grid.setId("compendium-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(r -> ItemLinks.anchor(r.plan(), r.code(), r.code()))
                .setHeader(getTranslation("items.column.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ItemRow::title).setHeader(getTranslation("items.column.title")).setFlexGrow(3);
        grid.addColumn(r -> String.join(", ", r.clauses())).setHeader(getTranslation("items.column.resolution")).setAutoWidth(true);
        grid.addColumn(r -> String.join(", ", r.responsible())).setHeader(getTranslation("items.column.responsible")).setAutoWidth(true);
        grid.addColumn(r -> String.join(", ", r.reportsTo())).setHeader(getTranslation("items.column.reportsTo")).setAutoWidth(true);
        grid.addColumn(r -> r.status() == null ? getTranslation("items.status.none") : getTranslation(key("status.", r.status())))
                .setHeader(getTranslation("items.column.status")).setAutoWidth(true);
        // on a phone one card a row: code, title and status
        GridCards.addTo(grid, getTranslation("items.column.card"), this::card);
        grid.setItems(c.items());
        grid.setAllRowsVisible(true);
        items.add(grid);
    }

    private Div card(ItemRow r) {
        Span title = new Span(r.title());
        title.addClassName("card-title");
        Div head = new Div(ItemLinks.anchor(r.plan(), r.code(), r.code()), title);
        head.addClassName("card-head");
        Span status = new Span(r.status() == null ? getTranslation("items.status.none") : getTranslation(key("status.", r.status())));
        status.addClassName("card-meta");
        Div card = new Div(head, status);
        card.addClassName("grid-card");
        return card;
    }

    private Div roles(Compendium c, String role, String id, String headingKey) {
        Div box = section(id, headingKey);
        String text = c.entities().stream()
                .filter(e -> e.role().equals(role))
                .map(e -> getTranslation("item.compendium.entity", e.entityName(), e.entity(), e.items()))
                .collect(Collectors.joining("; "));
        box.add(new Paragraph(text.isEmpty() ? getTranslation("item.compendium.none") : text));
        return box;
    }

    private Div section(String id, String headingKey) {
        Div box = new Div(new H3(getTranslation(headingKey)));
        box.setId(id);
        add(box);
        return box;
    }

    private static String link(String resolution, String status) {
        return "items?" + QueryParameters.simple(Map.of("resolution", resolution, "status", status)).getQueryString();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** A translation key made of a prefix and a code, e.g. "status." and "COMPLETED". */
    private static String key(String prefix, Object code) {
        return prefix + code;
    }
}
