package org.tsag.tracker.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.security.TrackerAccess;

/**
 * Read views are open to anonymous visitors only in public read-only mode; otherwise anonymous
 * visitors are sent to sign in first. Views for roles are guarded by their annotations.
 */
@Component
class PublicReadGate implements VaadinServiceInitListener {

    private final TrackerAccess access;

    PublicReadGate(TrackerAccess access) {
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == LoginView.class || access.publicRead() || CurrentUser.name().isPresent()) {
            return;
        }
        event.forwardTo(LoginView.class);
    }
}
