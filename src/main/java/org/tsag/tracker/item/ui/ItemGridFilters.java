package org.tsag.tracker.item.ui;

import java.util.LinkedHashSet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemOptions;

/**
 * The grid's filter fields: labelled, each reporting a change to one listener, set from an
 * {@link ItemFilter} and read back into one. The clause filter comes only from links (the
 * dashboard's heatmap) and shows as a removable chip.
 */
final class ItemGridFilters {

    private final Component owner;
    private final ItemOptions options;
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
    private final Button clause = new Button();
    private final HorizontalLayout row;

    /** @param changed called when a person changes a field (or removes the clause chip) */
    ItemGridFilters(Component owner, ItemOptions options, Runnable changed) {
        this.owner = owner;
        this.options = options;
        status.setLabel(tr("items.filter.status"));
        status.setId("filter-status");
        status.setItems(options.statuses());
        status.setItemLabelGenerator(s -> tr("status." + s));
        entity.setLabel(tr("items.filter.entity"));
        entity.setId("filter-entity");
        entity.setItems(options.entities());
        plan.setLabel(tr("items.filter.plan"));
        plan.setId("filter-plan");
        plan.setItems(options.plans());
        resolution.setLabel(tr("items.filter.resolution"));
        resolution.setId("filter-resolution");
        resolution.setItems(options.resolutions());
        period.setLabel(tr("items.filter.period"));
        period.setId("filter-period");
        period.setItems(options.periods());
        text.setLabel(tr("items.filter.text"));
        text.setId("filter-text");
        text.setClearButtonVisible(true);
        overdue.setLabel(tr("items.filter.overdue"));
        overdue.setId("filter-overdue");
        dueWithin.setLabel(tr("items.filter.due"));
        dueWithin.setId("filter-due");
        dueWithin.setMin(0);
        dueWithin.setClearButtonVisible(true);
        mine.setLabel(tr("items.filter.mine"));
        mine.setId("filter-mine");
        mine.setVisible(CurrentUser.name().isPresent());
        mine.setTooltipText(tr("items.filter.mine.help"));

        health.setLabel(tr("items.filter.health"));
        health.setId("filter-health");
        health.setItems(ItemFilter.AT_RISK, ItemFilter.ON_TRACK);
        health.setItemLabelGenerator(h -> tr("items.filter.health." + h));
        health.setTooltipText(tr("items.filter.health.help"));
        role.setLabel(tr("items.filter.role"));
        role.setId("filter-role");
        role.setItems(ItemFilter.ROLES);
        role.setItemLabelGenerator(r -> tr("items.filter.role." + r));
        role.setTooltipText(tr("items.filter.role.help"));
        clause.setId("filter-clause");
        clause.setIcon(VaadinIcon.CLOSE_SMALL.create());
        clause.setIconAfterText(true);
        clause.addClassName("filter-chip");
        clause.setVisible(false);
        clause.addClickListener(e -> {
            clause.setVisible(false);
            changed.run();
        });

        status.addValueChangeListener(e -> changed.run());
        health.addValueChangeListener(e -> changed.run());
        role.addValueChangeListener(e -> changed.run());
        entity.addValueChangeListener(e -> changed.run());
        plan.addValueChangeListener(e -> changed.run());
        resolution.addValueChangeListener(e -> changed.run());
        period.addValueChangeListener(e -> changed.run());
        text.addValueChangeListener(e -> changed.run());
        overdue.addValueChangeListener(e -> changed.run());
        dueWithin.addValueChangeListener(e -> changed.run());
        mine.addValueChangeListener(e -> changed.run());

        row = new HorizontalLayout(status, health, entity, role, plan, resolution, period, text, dueWithin, overdue, mine);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("item-filters");
    }

    /** The fields in one wrapping row. */
    Component fields() {
        return row;
    }

    /** The removable chip of the clause filter. */
    Button clauseChip() {
        return clause;
    }

    /** A chip's cross: clears its field, and the field's listener puts the filter in the URL. */
    void clear(String field) {
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

    /** Sets every field but the clause chip from the filter (statuses the options do not know are dropped). */
    void show(ItemFilter f) {
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
    }

    /** Shows the clause chip with the clause's name, or hides it for none; true when it shows. */
    boolean showClause(String name) {
        clause.setVisible(name != null);
        if (name != null) {
            clause.setText(tr("items.filter.clause", name));
            clause.setAriaLabel(tr("items.filter.clause.remove", name));
        }
        return name != null;
    }

    /** The filter the fields show, with {@code clauseId} while the clause chip is shown. */
    ItemFilter read(Long clauseId) {
        return new ItemFilter(status.getValue(), entity.getValue(), plan.getValue(), resolution.getValue(),
                period.getValue(), text.getValue(), overdue.getValue(), dueWithin.getValue(), mine.getValue(),
                health.getValue(), clause.isVisible() ? clauseId : null, role.getValue());
    }

    private String tr(String key, Object... params) {
        return owner.getTranslation(key, params);
    }
}
