package org.tsag.tracker.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An address that leads to no page: the app's page with the menu, saying so, with the way back (issue 18). */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundErrorView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        ErrorPage.fill(this, "notfound", "/" + event.getLocation().getPath());
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
