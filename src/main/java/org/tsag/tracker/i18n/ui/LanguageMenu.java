package org.tsag.tracker.i18n.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.ui.NavbarItem;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.i18n.UserLocaleService;

/**
 * The language menu: in the title bar (as a {@link NavbarItem}), on the login page and in the meeting views.
 * Choosing a language keeps it (the cookie; for a signed-in user also the account) and reloads the same address,
 * so that every text, format and the writing direction change together.
 */
@org.springframework.stereotype.Component
public class LanguageMenu implements NavbarItem {

    private final UserLocaleService users;

    LanguageMenu(UserLocaleService users) {
        this.users = users;
    }

    @Override
    public Optional<Component> create() {
        Select<Locale> select = select();
        // in the title bar a globe marks it; on a phone the globe alone shows (the name stays for screen readers)
        Icon globe = VaadinIcon.GLOBE.create();
        globe.getElement().setAttribute("aria-hidden", "true");
        select.setPrefixComponent(globe);
        return Optional.of(select);
    }

    /** A new menu for the current UI, showing its language. */
    public Select<Locale> select() {
        Select<Locale> select = new Select<>();
        select.setId("language-select");
        select.addClassName("language-select");
        select.setItems(Languages.SUPPORTED);
        select.setItemLabelGenerator(Languages::nativeName);
        select.setRenderer(new ComponentRenderer<>(locale -> {
            Span name = new Span(Languages.nativeName(locale));
            name.getElement().setAttribute("lang", locale.toLanguageTag());
            name.getElement().setAttribute("dir", Languages.rightToLeft(locale) ? "rtl" : "ltr");
            return name;
        }));
        UI ui = UI.getCurrent();
        Locale current = ui == null ? Languages.ENGLISH : Languages.of(ui.getLocale().toLanguageTag()).orElse(Languages.ENGLISH);
        select.setValue(current);
        select.setAriaLabel(select.getTranslation("language.label"));
        select.setTooltipText(select.getTranslation("language.label"));
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && !event.getValue().equals(event.getOldValue())) {
                choose(event.getSource().getUI().orElse(UI.getCurrent()), event.getValue());
            }
        });
        return select;
    }

    /** Keeps the choice and shows the same page again in the new language (without a ?lang= that would override it). */
    void choose(UI ui, Locale locale) {
        if (CurrentUser.name().isPresent()) {
            users.choose(locale);
        }
        LocaleSetup.show(ui, locale);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                        + "const u = new URL(window.location.href); u.searchParams.delete($2); window.location.replace(u.href);",
                LocaleChoice.COOKIE, locale.toLanguageTag(), LocaleChoice.PARAMETER);
    }
}
