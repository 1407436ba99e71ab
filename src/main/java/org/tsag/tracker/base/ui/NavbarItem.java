package org.tsag.tracker.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Something a feature adds to the title bar, beside the account (the notification bell): a Spring
 * bean, asked once per layout, so that the layout needs to know no feature.
 */
public interface NavbarItem {

    /** A new component for this UI, or empty when it does not apply (e.g. to anonymous visitors). */
    Optional<Component> create();
}
