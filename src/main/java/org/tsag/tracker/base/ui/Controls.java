package org.tsag.tracker.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The small parts that forms and grids build alike: the main button of a form, a row of fields (or
 * of a heading and its badges) on one baseline, the choice a form cannot do without, a form whose
 * every field updates one result, the bar and status line of a long task, and the button a grid
 * row acts with. Labels come translated from the caller.
 */
public final class Controls {

    private Controls() {
    }

    /** The form's main button, with its id for tests and assistive tools. */
    public static Button primary(String label, String id, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(label, click);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /**
     * Parts on one line (fields and their button, a heading and its badges), aligned on the text's
     * baseline, wrapping on a narrow screen.
     */
    public static HorizontalLayout baselineRow(Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /**
     * The field's value when there is one; otherwise null, with the field marked invalid and saying
     * {@code message}.
     */
    public static <T, F extends HasValue<?, T> & HasValidation> T required(F field, String message) {
        T value = field.getValue();
        if (value == null) {
            field.setInvalid(true);
            field.setErrorMessage(message);
        } else {
            field.setInvalid(false);
        }
        return value;
    }

    /** Runs {@code action} whenever any of the fields changes: a form whose every field filters or updates one result. */
    public static void onChange(Runnable action, HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(e -> action.run());
        }
    }

    /** The bar of a long task: hidden until the task starts, and named for screen readers. */
    public static void progressBar(ProgressBar bar, String id, String label) {
        bar.setId(id);
        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", label);
    }

    /** A line whose new text screen readers announce. */
    public static void statusLine(Component line, String id) {
        line.setId(id);
        line.getElement().setAttribute("role", "status");
    }

    /**
     * A grid row's button: its label is the same on every row, so the accessible name says which
     * row it acts on.
     */
    public static Button rowAction(String label, String id, String ariaLabel, Runnable action, ButtonVariant... variants) {
        Button button = new Button(label, e -> action.run());
        button.setId(id);
        button.addThemeVariants(variants);
        button.setAriaLabel(ariaLabel);
        return button;
    }
}
