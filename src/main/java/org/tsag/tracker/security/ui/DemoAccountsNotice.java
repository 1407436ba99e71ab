package org.tsag.tracker.security.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.tsag.tracker.base.ui.NavbarItem;
import org.tsag.tracker.security.DemoAccounts;

/**
 * A notice in the title bar of every page (and on the login page) while demo accounts, whose
 * passwords went to the log, can sign in (issue 19, item 7).
 */
@org.springframework.stereotype.Component
public class DemoAccountsNotice implements NavbarItem {

    private final DemoAccounts demoAccounts;

    DemoAccountsNotice(DemoAccounts demoAccounts) {
        this.demoAccounts = demoAccounts;
    }

    @Override
    public Optional<Component> create() {
        if (!demoAccounts.present()) {
            return Optional.empty();
        }
        Span notice = new Span();
        String text = notice.getTranslation("demo.accounts.notice");
        // the title bar shows the short words (a phone has no room for the sentence): the sentence stays for
        // screen readers and as the tooltip; the login page shows the sentence (frontend/tracker.css)
        Icon icon = VaadinIcon.WARNING.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span brief = new Span(notice.getTranslation("demo.accounts.short"));
        brief.addClassName("demo-short");
        brief.getElement().setAttribute("aria-hidden", "true");
        Span full = new Span(text);
        full.addClassName("demo-full");
        notice.add(icon, brief, full);
        notice.getElement().setAttribute("title", text);
        notice.setId("demo-accounts-notice");
        notice.addClassName("demo-accounts-notice");
        notice.getElement().getThemeList().add("badge error");
        notice.getElement().setAttribute("role", "status");
        return Optional.of(notice);
    }
}
