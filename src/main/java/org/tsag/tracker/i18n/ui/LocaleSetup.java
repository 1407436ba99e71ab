package org.tsag.tracker.i18n.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.i18n.UserLocaleService;

/**
 * Gives every new UI its language (see {@link LocaleChoice}), the page's {@code lang} and, for Arabic,
 * {@code dir="rtl"}: Vaadin's components and our stylesheet mirror from that one attribute.
 */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    private final UserLocaleService users;

    LocaleSetup(UserLocaleService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), VaadinRequest.getCurrent()));
    }

    void apply(UI ui, VaadinRequest request) {
        Locale locale = LocaleChoice.resolve(request, this::stored);
        show(ui, locale);
    }

    private Optional<Locale> stored() {
        if (CurrentUser.name().isEmpty()) {
            return Optional.empty();
        }
        try {
            return users.current();
        } catch (RuntimeException e) {
            // a signed-in user whose row is gone (deleted meanwhile) still gets a page
            return Optional.empty();
        }
    }

    static void show(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.setDirection(Languages.rightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }
}
