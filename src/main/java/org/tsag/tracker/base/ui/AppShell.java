package org.tsag.tracker.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo theme (Vaadin 25 shows no theme without it) and our own stylesheet from frontend/.
 * Server push (live updates) over a WebSocket, with XHR for client requests; Atmosphere falls back to
 * long polling where a WebSocket cannot be opened (a proxy without upgrade headers, for instance).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("assets/tracker.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("TSAG tracker");
    }
}
