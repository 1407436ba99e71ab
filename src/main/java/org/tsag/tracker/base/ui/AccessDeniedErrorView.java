package org.tsag.tracker.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A page the user's roles do not open: the app's page with the menu, saying that the page exists
 * but is not for this role, and what to do (ask for the role, or sign in) (issue 18).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class AccessDeniedErrorView extends ErrorPage<AccessDeniedException> {

    AccessDeniedErrorView() {
        super("denied", HttpStatusCode.FORBIDDEN);
    }
}
