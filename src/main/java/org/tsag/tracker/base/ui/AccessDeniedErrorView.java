package org.tsag.tracker.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A page the user's roles do not open: the app's page with the menu, saying that the page exists
 * but is not for this role, and what to do (ask for the role, or sign in) (issue 18).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class AccessDeniedErrorView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        ErrorPage.fill(this, "denied", "/" + event.getLocation().getPath());
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
