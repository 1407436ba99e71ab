package org.tsag.tracker.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tsag.tracker.i18n.ui.LanguageMenu;
import org.tsag.tracker.security.SignInOptions;

/** Sign-in with e-mail and password, and with the organisation's single sign-on when configured. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView(SignInOptions options, LanguageMenu languages, DemoAccountsNotice demoAccounts) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        add(languages.select(), new H1(getTranslation("app.title")));
        demoAccounts.create().ifPresent(this::add);
        add(login);

        options.providers().forEach(provider -> {
            Anchor sso = new Anchor(provider.loginUrl(), getTranslation("login.sso", provider.name()));
            // a full page load, not a Vaadin navigation: the browser goes to the identity provider
            sso.setRouterIgnore(true);
            sso.addClassName("login-sso");
            add(sso);
        });
        if (options.publicRead()) {
            add(new Anchor("", getTranslation("login.public")));
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    /**
     * One message for every failure: a wrong password, an unknown account, a locked account and a
     * throttled address all come back as {@code ?error}, so the page cannot tell which e-mails exist.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
