package org.tsag.tracker.resolution.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.ui.GridCards;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.resolution.ResolutionFilter;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.ResolutionSummary;

/**
 * Every resolution with its revision in force, the number of operative clauses and how they stand
 * in the current study period. {@code ?q=industry} filters by number and title (full-text).
 */
@Route("resolutions")
@AnonymousAllowed
class ResolutionListView extends PageLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ResolutionService service;
    private final TextField search = new TextField();
    private final Grid<ResolutionSummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    ResolutionListView(ResolutionService service) {
        this.service = service;

        search.setId("resolution-search");
        search.setLabel(getTranslation("resolution.list.search"));
        search.setPlaceholder(getTranslation("resolution.list.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                String text = e.getValue().isBlank() ? null : e.getValue().trim();
                getUI().ifPresent(ui -> ui.navigate(ResolutionListView.class,
                        text == null ? QueryParameters.empty() : QueryParameters.of("q", text)));
            }
        });

        grid.setId("resolution-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new Anchor("resolutions/" + r.number(), r.number()))
                .setHeader(getTranslation("resolutions.column.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ResolutionSummary::title)
                .setHeader(getTranslation("resolutions.column.title")).setFlexGrow(1);
        grid.addColumn(r -> r.revisionYear() == null ? ""
                        : getTranslation("resolution.revision.option", r.revisionPlace(), r.revisionYear()))
                .setHeader(getTranslation("resolutions.column.revision")).setAutoWidth(true);
        grid.addColumn(ResolutionSummary::operativeClauses)
                .setHeader(getTranslation("resolutions.column.operative")).setAutoWidth(true);
        grid.addColumn(ResolutionSummary::revisions)
                .setHeader(getTranslation("resolutions.column.revisions")).setAutoWidth(true);
        grid.addColumn(this::implementation)
                .setHeader(getTranslation("resolution.list.implementation")).setFlexGrow(1);
        // on a phone one card a row: number, title, revision in force and how its clauses stand
        GridCards.addTo(grid, getTranslation("resolutions.column.card"), this::card)
                .setComparator(ResolutionSummary::number);
        grid.setAllRowsVisible(true);
        empty.setId("resolution-empty");

        HorizontalLayout tools = new HorizontalLayout(search);
        tools.setAlignItems(Alignment.BASELINE);
        tools.setWrap(true);
        tools.addClassName("resolution-tools");
        if (CurrentUser.hasAnyRole(Roles.TSB, Roles.CHAIR)) {
            Button importButton = new Button(getTranslation("import.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate(ResolutionImportView.class)));
            importButton.setId("resolution-import-open");
            tools.add(importButton);
        }
        add(new H2(getTranslation("resolutions.title")), tools, empty, grid);
    }

    private Component card(ResolutionSummary r) {
        Anchor number = new Anchor("resolutions/" + r.number(), r.number());
        number.addClassName("card-code");
        Span title = new Span(r.title());
        title.addClassName("card-title");
        Div head = new Div(number, title);
        head.addClassName("card-head");
        Div card = new Div(head);
        card.addClassName("grid-card");
        if (r.revisionYear() != null) {
            Span revision = new Span(getTranslation("resolution.revision.option", r.revisionPlace(), r.revisionYear()));
            revision.addClassName("card-meta");
            card.add(revision);
        }
        String implementation = implementation(r);
        if (!implementation.isEmpty()) {
            Span standing = new Span(implementation);
            standing.addClassName("card-meta");
            card.add(standing);
        }
        return card;
    }

    /** "Ongoing 10, In progress 2, no report 5": text, so that no colour has to carry it. */
    private String implementation(ResolutionSummary summary) {
        if (summary.implementation().isEmpty()) {
            return "";
        }
        return summary.implementation().stream()
                .map(c -> getTranslation(c.derived() > 0 ? "resolution.list.implementation.derived"
                                : "resolution.list.implementation.count",
                        c.status() == null ? getTranslation("resolution.implementation.none") : c.statusName(),
                        c.count(), c.derived()))
                .collect(Collectors.joining(", "));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String text = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        search.setValue(text);
        var resolutions = service.list(new ResolutionFilter(text.isBlank() ? null : text));
        grid.setItems(resolutions);
        grid.setVisible(!resolutions.isEmpty());
        empty.setText(getTranslation(text.isBlank() ? "resolutions.empty" : "resolution.list.nomatch", text));
        empty.setVisible(resolutions.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resolutions.title");
    }

}
