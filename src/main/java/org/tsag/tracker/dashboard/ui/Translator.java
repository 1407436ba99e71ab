package org.tsag.tracker.dashboard.ui;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

/** The translations of one locale, as a component's {@code getTranslation} gives them. */
@FunctionalInterface
interface Translator {

    String get(String key, Object... parameters);

    /**
     * The translations of {@code locale} from {@code provider}, holding on to no component: a
     * fragment built with it can be built again later, on another thread, for any screen.
     */
    static Translator of(I18NProvider provider, Locale locale) {
        return (key, parameters) -> provider.getTranslation(key, locale, parameters);
    }
}
