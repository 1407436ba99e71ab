package org.tsag.tracker.item.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.tsag.tracker.item.ItemFilter;

/**
 * The grid's filters folded into one bar (issue 18): a "Filters" button that opens the panel of
 * fields, and one chip per active criterion ("Status: In progress") whose cross removes it. On a
 * phone only the button shows, with the number of active criteria. The grid keeps the room.
 */
class FilterChips extends Div {

    /** One active criterion: which field ({@code status}, {@code plan}, ...), and its text. */
    record Chip(String field, String text) {
    }

    private final Button toggle = new Button();
    private final Div chips = new Div();
    private final Div panel;
    private final Consumer<String> remove;

    /**
     * @param panel  the fields, hidden until the button opens them
     * @param remove clears one field ({@link Chip#field()}); the grid follows through its listener
     */
    FilterChips(Div panel, Consumer<String> remove) {
        this.panel = panel;
        this.remove = remove;
        addClassName("item-filter-bar");
        setId("item-filter-bar");
        toggle.setId("filters-toggle");
        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClickListener(e -> setOpen(!isOpen()));
        toggle.getElement().setAttribute("aria-controls", "item-filter-panel");
        chips.addClassName("item-filter-chips");
        chips.setId("item-filter-chips");
        panel.setId("item-filter-panel");
        // folded with the hidden attribute, not setVisible: the fields keep their state and their listeners
        setOpen(false);
        add(toggle, chips);
        show(List.of());
    }

    void setOpen(boolean open) {
        panel.getElement().setAttribute("hidden", !open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    boolean isOpen() {
        return !panel.getElement().hasAttribute("hidden");
    }

    /** Shows the active criteria of the filter as chips. */
    void show(List<Chip> active) {
        chips.removeAll();
        for (Chip chip : active) {
            Button button = new Button(chip.text(), VaadinIcon.CLOSE_SMALL.create(), e -> remove.accept(chip.field()));
            button.setIconAfterText(true);
            button.setId("chip-" + chip.field());
            button.addClassName("filter-chip");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setAriaLabel(getTranslation("items.filter.chip.remove", chip.text()));
            chips.add(button);
        }
        toggle.setText(active.isEmpty() ? getTranslation("items.filter.open")
                : getTranslation("items.filter.open.count", active.size()));
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(isOpen()));
    }

    /** The chips of a filter, labelled through the owner's translations. */
    static List<Chip> of(ItemFilter f, com.vaadin.flow.component.Component owner) {
        List<Chip> chips = new ArrayList<>();
        if (!f.statuses().isEmpty()) {
            chips.add(chip(owner, "status", "items.filter.status", String.join(", ", f.statuses().stream()
                    .sorted().map(s -> owner.getTranslation("status." + s)).toList())));
        }
        if (f.health() != null) {
            chips.add(chip(owner, "health", "items.filter.health", owner.getTranslation("items.filter.health." + f.health())));
        }
        if (f.entity() != null) {
            chips.add(chip(owner, "entity", "items.filter.entity", f.entity()));
        }
        if (f.entityRole() != null) {
            chips.add(chip(owner, "role", "items.filter.role", owner.getTranslation("items.filter.role." + f.entityRole())));
        }
        if (f.plan() != null) {
            chips.add(chip(owner, "plan", "items.filter.plan", f.plan()));
        }
        if (f.resolution() != null) {
            chips.add(chip(owner, "resolution", "items.filter.resolution", f.resolution()));
        }
        if (f.period() != null) {
            chips.add(chip(owner, "period", "items.filter.period", f.period()));
        }
        if (f.text() != null) {
            chips.add(chip(owner, "text", "items.filter.text", "\u201c" + f.text() + "\u201d"));
        }
        if (f.dueWithinDays() != null) {
            chips.add(chip(owner, "due", "items.filter.due", String.valueOf(f.dueWithinDays())));
        }
        if (f.overdue()) {
            chips.add(new Chip("overdue", owner.getTranslation("items.filter.overdue")));
        }
        if (f.mine()) {
            chips.add(new Chip("mine", owner.getTranslation("items.filter.mine")));
        }
        return chips;
    }

    private static Chip chip(com.vaadin.flow.component.Component owner, String field, String label, String value) {
        return new Chip(field, owner.getTranslation("items.filter.chip", owner.getTranslation(label), value));
    }
}
