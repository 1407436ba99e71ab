package org.tsag.tracker.audit.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tsag.tracker.audit.AuditEntry;
import org.tsag.tracker.audit.AuditFilter;
import org.tsag.tracker.audit.AuditService;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.ui.Controls;
import org.tsag.tracker.base.ui.PageLayout;

/**
 * The audit journal for chairs: every change, newest first, filtered by table, user, action and
 * dates. The filter is in the URL, e.g. {@code /audit?table=action_item&actor=tsb@example.org}.
 */
@Route("audit")
@RolesAllowed(Roles.CHAIR)
class AuditView extends PageLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditService service;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final ComboBox<String> table = new ComboBox<>();
    private final TextField actor = new TextField();
    private final Select<String> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private boolean updatingFromUrl;

    AuditView(AuditService service) {
        this.service = service;
        add(new H2(getTranslation("audit.title")));

        table.setId("audit-table");
        table.setLabel(getTranslation("audit.filter.table"));
        table.setItems(service.tables());
        table.setClearButtonVisible(true);
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setValueChangeMode(ValueChangeMode.ON_BLUR);
        actor.setClearButtonVisible(true);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems("", "INSERT", "UPDATE", "DELETE");
        action.setItemLabelGenerator(a -> a.isEmpty() ? getTranslation("audit.filter.any") : getTranslation("audit.action." + a));
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        FlexLayout filters = new FlexLayout(table, actor, action, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("audit-filters");
        add(filters);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> e.occurredAt().format(TIME)).setHeader(getTranslation("audit.column.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(e -> e.tableName() + (e.rowKey() == null ? "" : " #" + e.rowKey()))
                .setHeader(getTranslation("audit.column.record")).setAutoWidth(true);
        grid.addColumn(AuditView::change).setHeader(getTranslation("audit.column.change")).setFlexGrow(1);
        add(grid);
        setSizeFull();
        grid.setHeight("70vh");

        Controls.onChange(this::filterChanged, table, actor, action, from, to);
    }

    /** "Status: IN_PROGRESS → COMPLETED", or the values written or removed, in words ({@link ChangeWords}). */
    static String change(AuditEntry entry) {
        return ChangeWords.of(entry.oldValues(), entry.newValues());
    }

    private AuditFilter filter() {
        return new AuditFilter(
                table.getValue(),
                actor.getValue() == null || actor.getValue().isBlank() ? null : actor.getValue().trim(),
                from.getValue(),
                to.getValue(),
                action.getValue() == null || action.getValue().isEmpty() ? null : action.getValue());
    }

    private void filterChanged() {
        if (updatingFromUrl) {
            return;
        }
        refresh();
        Map<String, String> parameters = new LinkedHashMap<>();
        AuditFilter f = filter();
        if (f.table() != null) parameters.put("table", f.table());
        if (f.actor() != null) parameters.put("actor", f.actor());
        if (f.action() != null) parameters.put("action", f.action());
        if (f.from() != null) parameters.put("from", f.from().toString());
        if (f.to() != null) parameters.put("to", f.to().toString());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "audit" + queryString(parameters)));
    }

    private static String queryString(Map<String, String> parameters) {
        String query = QueryParameters.simple(parameters).getQueryString();
        return query.isEmpty() ? "" : "?" + query;
    }

    private void refresh() {
        AuditFilter f = filter();
        grid.setItems(query -> service.find(f, query.getOffset(), query.getLimit()).stream(),
                query -> service.count(f));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        updatingFromUrl = true;
        try {
            table.setValue(single(parameters, "table").orElse(null));
            actor.setValue(single(parameters, "actor").orElse(""));
            action.setValue(single(parameters, "action").filter(List.of("INSERT", "UPDATE", "DELETE")::contains).orElse(""));
            from.setValue(single(parameters, "from").flatMap(AuditView::date).orElse(null));
            to.setValue(single(parameters, "to").flatMap(AuditView::date).orElse(null));
        } finally {
            updatingFromUrl = false;
        }
        refresh();
    }

    private static Optional<String> single(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).filter(v -> !v.isBlank());
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
