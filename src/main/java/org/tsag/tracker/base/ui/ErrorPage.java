package org.tsag.tracker.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import org.tsag.tracker.base.CurrentUser;

/**
 * The app's own page for a route that does not exist or may not be opened (issue 18): in the main
 * layout, so the menu is there, with what happened in words and what to do next (the dashboard;
 * signing in, for a visitor). Never the framework's raw "Could not navigate to ..." text. A view
 * for one kind of error names its texts' key and its HTTP status.
 */
abstract class ErrorPage<E extends Exception> extends Div implements HasErrorParameter<E> {

    private final String kind;
    private final HttpStatusCode status;

    ErrorPage(String kind, HttpStatusCode status) {
        this.kind = kind;
        this.status = status;
    }

    @Override
    public final int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        fill(this, kind, "/" + event.getLocation().getPath());
        return status.getCode();
    }

    private static void fill(Div page, String kind, String path) {
        page.removeAll();
        page.addClassName("view");
        page.addClassName("error-page");
        page.setId("error-page");
        H2 title = new H2(page.getTranslation("error." + kind + ".title"));
        title.setId("error-title");
        Paragraph what = new Paragraph(page.getTranslation("error." + kind + ".text", path));
        what.setId("error-text");
        Div next = new Div();
        next.addClassName("error-next");
        boolean signedIn = CurrentUser.name().isPresent();
        if (!signedIn && "denied".equals(kind)) {
            Anchor signIn = new Anchor("login", page.getTranslation("error.signin"));
            signIn.setId("error-signin");
            next.add(signIn);
        }
        Anchor home = new Anchor("", page.getTranslation("error.home"));
        home.setId("error-home");
        next.add(home);
        page.add(title, what, new Paragraph(page.getTranslation(signedIn && "denied".equals(kind)
                ? "error.denied.ask" : "error.menu")), next);
    }
}
