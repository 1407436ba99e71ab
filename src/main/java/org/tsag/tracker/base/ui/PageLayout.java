package org.tsag.tracker.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The frame of a page in the main layout: a column with the {@code view} style class (the page
 * margins and width of our stylesheet) and no padding of its own, plus the page's own classes.
 */
public abstract class PageLayout extends VerticalLayout {

    protected PageLayout(String... classNames) {
        addClassName("view");
        addClassNames(classNames);
        setPadding(false);
    }
}
