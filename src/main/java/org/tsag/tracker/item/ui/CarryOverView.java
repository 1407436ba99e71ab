package org.tsag.tracker.item.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemOptions;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;

/** End of a study period: choose open items and carry them into the next period, history kept. */
@Route("carry-over")
@RolesAllowed({Roles.TSB, Roles.CHAIR})
class CarryOverView extends PageLayout implements HasDynamicTitle {

    private final ItemService service;
    private final Grid<ItemRow> grid = new Grid<>();
    private final ComboBox<String> from = new ComboBox<>();
    private final ComboBox<String> to = new ComboBox<>();

    CarryOverView(ItemService service) {
        this.service = service;
        ItemOptions options = service.options();
        from.setLabel(getTranslation("item.carry.from"));
        from.setId("carry-from");
        from.setItems(options.periods());
        to.setLabel(getTranslation("item.carry.to"));
        to.setId("carry-to");
        to.setItems(options.periods());
        from.addValueChangeListener(e -> load());
        Button carry = new Button(getTranslation("item.carry.submit"), e -> carry());
        carry.setId("carry-submit");
        carry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(from, to, carry);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.setId("carry-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ItemRow::plan).setHeader(getTranslation("items.column.plan")).setAutoWidth(true);
        grid.addColumn(ItemRow::code).setHeader(getTranslation("items.column.code")).setAutoWidth(true);
        grid.addColumn(ItemRow::title).setHeader(getTranslation("items.column.title")).setFlexGrow(1);
        grid.addColumn(r -> r.status() == null ? getTranslation("items.status.none") : getTranslation(key("status.", r.status())))
                .setHeader(getTranslation("items.column.status")).setAutoWidth(true);
        add(new H2(getTranslation("item.carry.title")), new Paragraph(getTranslation("item.carry.intro")), bar, grid);
        preselect(options.periods(), service.currentPeriod().orElse(null));
    }

    /**
     * Opens on the usual move (issue 18): the current period into the next one; when the current
     * period is the last one entered, the previous period into the current one. The grid is filled.
     */
    private void preselect(List<String> periods, String current) {
        int at = current == null ? -1 : periods.indexOf(current);
        if (at < 0 || periods.size() < 2) {
            return;
        }
        int source = at + 1 < periods.size() ? at : at - 1;
        to.setValue(periods.get(source + 1));
        from.setValue(periods.get(source));
    }

    private void load() {
        if (from.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        // open items only: every status that is not closed, or none reported yet
        ItemFilter filter = ItemFilter.NONE.withPeriod(from.getValue())
                .withStatuses(Set.of(org.tsag.tracker.status.CurrentStatus.NOT_STARTED, "IN_PROGRESS", "ONGOING", "DEFERRED"));
        grid.setItems(service.find(filter, 0, 10_000, List.of()));
    }

    private void carry() {
        Set<ItemRow> selected = grid.getSelectedItems();
        if (from.getValue() == null || to.getValue() == null || from.getValue().equals(to.getValue()) || selected.isEmpty()) {
            Notification n = Notification.show(getTranslation("item.carry.incomplete"));
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            int carried = service.carryOver(from.getValue(), to.getValue(), selected.stream().map(ItemRow::id).toList());
            Notification.show(getTranslation("item.carry.done", carried, to.getValue()));
            load();
        } catch (IllegalArgumentException ex) {
            Notification n = Notification.show(getTranslation("item.carry.failed"));
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("item.carry.title");
    }

    /** A translation key made of a prefix and a code, e.g. "status." and "COMPLETED". */
    private static String key(String prefix, Object code) {
        return prefix + code;
    }
}
