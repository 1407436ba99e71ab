package org.tsag.tracker.item.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.SavedFilter;

/** The signed-in user's saved views of the grid: open one, or save the URL's filter and sort under a name. */
final class SavedViewsBar extends HorizontalLayout {

    /** @param query the query string of the grid's current state */
    SavedViewsBar(ItemService service, Supplier<String> query) {
        ComboBox<SavedFilter> views = new ComboBox<>(getTranslation("items.views.label"));
        views.setId("saved-views");
        views.setItems(service.savedViews());
        views.setItemLabelGenerator(SavedFilter::name);
        views.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                UI.getCurrent().navigate(ItemGridView.class, QueryParameters.fromString(e.getValue().query()));
            }
        });
        TextField name = new TextField(getTranslation("items.views.name"));
        name.setId("saved-view-name");
        Button save = new Button(getTranslation("items.views.save"), e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("items.views.name.required"));
                return;
            }
            service.saveView(name.getValue(), query.get());
            views.setItems(service.savedViews());
            Notification.show(getTranslation("items.views.saved", name.getValue().strip()));
            name.clear();
        });
        save.setId("save-view");
        add(views, name, save);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }
}
