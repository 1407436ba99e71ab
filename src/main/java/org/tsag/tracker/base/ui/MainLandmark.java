package org.tsag.tracker.base.ui;

import java.util.List;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every page has one main landmark (WCAG 1.3.1, axe-core's landmark-one-main and region): inside the
 * {@link MainLayout} the view itself, and a full-screen view without it (sign-in, meeting projector and phone)
 * is the main landmark as a whole.
 */
@Component
class MainLandmark implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation -> {
            List<HasElement> chain = navigation.getActiveChain();
            if (chain.isEmpty()) {
                return;
            }
            HasElement outermost = chain.getLast();
            HasElement main = outermost instanceof MainLayout && chain.size() > 1 ? chain.get(chain.size() - 2) : outermost;
            if (!(main instanceof MainLayout)) {
                main.getElement().setAttribute("role", "main");
            }
        }));
    }
}
