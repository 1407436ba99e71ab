package org.tsag.tracker.dashboard.ui;

/** The translations of one locale, as a component's {@code getTranslation} gives them. */
@FunctionalInterface
interface Translator {

    String get(String key, Object... parameters);
}
