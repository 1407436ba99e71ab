package org.tsag.tracker.base.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An address that leads to no page: the app's page with the menu, saying so, with the way back (issue 18). */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundErrorView extends ErrorPage<NotFoundException> {

    NotFoundErrorView() {
        super("notfound", HttpStatusCode.NOT_FOUND);
    }
}
