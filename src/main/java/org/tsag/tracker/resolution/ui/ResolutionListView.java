package org.tsag.tracker.resolution.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.ResolutionSummary;

/** Every resolution with its revision in force and the number of operative clauses. */
@Route("resolutions")
@AnonymousAllowed
class ResolutionListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ResolutionService service;

    ResolutionListView(ResolutionService service) {
        this.service = service;
        addClassName("view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("resolutions.title")));

        var resolutions = service.list();
        if (resolutions.isEmpty()) {
            add(new Paragraph(getTranslation("resolutions.empty")));
            return;
        }
        Grid<ResolutionSummary> grid = new Grid<>();
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
        grid.setItems(resolutions);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resolutions.title");
    }
}
