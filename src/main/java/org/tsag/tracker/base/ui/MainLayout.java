package org.tsag.tracker.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.ObjectProvider;
import org.tsag.tracker.base.Roles;

/**
 * The frame around every view: a title bar (with what features add through {@link NavbarItem} beans, such as the
 * notification bell) and the navigation drawer (a toggle on phones).
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, ObjectProvider<NavbarItem> navbarItems) {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.addClassName("app-bar");
        bar.getElement().setAttribute("role", "banner"); // a landmark for the title bar (axe-core: region)
        bar.add(account(authentication, navbarItems));
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), "", VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.resolutions"), "resolutions", VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem(getTranslation("items.nav"), "items", VaadinIcon.TASKS.create()));
        nav.addItem(new SideNavItem(getTranslation("meeting.nav"), "meeting", VaadinIcon.PRESENTATION.create()));
        if (authentication.hasAnyRole(Roles.TSB, Roles.CHAIR)) {
            nav.addItem(new SideNavItem(getTranslation("import.open"), "resolutions/import", VaadinIcon.UPLOAD.create()));
        }
        if (authentication.hasAnyRole(Roles.TSB, Roles.CHAIR, Roles.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("report.nav"), "reports", VaadinIcon.FILE_TEXT.create()));
            nav.addItem(new SideNavItem(getTranslation("exchange.nav"), "exchange", VaadinIcon.EXCHANGE.create()));
        }
        if (authentication.hasRole(Roles.CHAIR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), "audit", VaadinIcon.RECORDS.create()));
        }
        if (authentication.hasRole(Roles.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), "admin/users", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("notify.admin.nav"), "admin/notifications", VaadinIcon.ENVELOPES.create()));
        }
        if (authentication.isAuthenticated()) {
            nav.addItem(new SideNavItem(getTranslation("notify.work.nav"), "my-work", VaadinIcon.CLIPBOARD_USER.create()));
            nav.addItem(new SideNavItem(getTranslation("tokens.nav"), "account/tokens", VaadinIcon.KEY.create()));
        }
        addToDrawer(nav, footer());
        setPrimarySection(Section.DRAWER);
    }

    private HorizontalLayout account(AuthenticationContext authentication, ObjectProvider<NavbarItem> navbarItems) {
        HorizontalLayout account = new HorizontalLayout();
        account.addClassName("app-account");
        account.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbarItems.orderedStream().flatMap(item -> item.create().stream()).forEach(account::add);
        if (authentication.isAuthenticated()) {
            String name = authentication.getPrincipalName().orElse("");
            Span user = new Span(getTranslation("nav.user", name));
            user.addClassName("app-user");
            // an icon and its words; on a phone the icon alone shows (the words stay its name: frontend/tracker.css)
            Span words = new Span(getTranslation("nav.signout"));
            words.addClassName("sign-out-words");
            Button signOut = new Button(VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
            signOut.getElement().appendChild(words.getElement());
            signOut.setTooltipText(getTranslation("nav.signout"));
            signOut.setId("sign-out");
            account.add(user, signOut);
        } else {
            Anchor signIn = new Anchor("login", getTranslation("nav.signin"));
            signIn.setId("sign-in");
            account.add(signIn);
        }
        return account;
    }

    private Span footer() {
        Span footer = new Span(getTranslation("app.footer"));
        footer.addClassName("app-footer");
        // the drawer's foot line is the page's footer; as a landmark it is no longer text outside all regions (axe-core: region)
        footer.getElement().setAttribute("role", "contentinfo");
        return footer;
    }
}
