package org.tsag.tracker.security.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
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
        notice.setText(notice.getTranslation("demo.accounts.notice"));
        notice.setId("demo-accounts-notice");
        notice.addClassName("demo-accounts-notice");
        notice.getElement().getThemeList().add("badge error");
        notice.getElement().setAttribute("role", "status");
        return Optional.of(notice);
    }
}
