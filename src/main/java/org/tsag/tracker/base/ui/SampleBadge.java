package org.tsag.tracker.base.ui;

import com.vaadin.flow.component.html.Span;

/** Labels invented demo records as sample data, in words (not colour alone). */
public final class SampleBadge extends Span {

    public SampleBadge() {
        setText(getTranslation("sample.badge"));
        getElement().setAttribute("title", getTranslation("sample.badge.title"));
        addClassName("sample-badge");
    }
}
