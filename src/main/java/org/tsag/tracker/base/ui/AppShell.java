package org.tsag.tracker.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo theme (Vaadin 25 shows no theme without it) and our own stylesheet from frontend/.
 * Server push (live updates) over a WebSocket, with XHR for client requests; Atmosphere falls back to
 * long polling where a WebSocket cannot be opened (a proxy without upgrade headers, for instance).
 * frontend/a11y.js is inlined into every page: it mends ARIA gaps of Vaadin's own components.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("assets/tracker.css")
@StyleSheet("assets/i18n.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("TSAG tracker");
        settings.addInlineWithContents(Inline.Position.APPEND, A11Y_SCRIPT, Inline.Wrapping.JAVASCRIPT);
    }

    private static final String A11Y_SCRIPT = resource("META-INF/resources/assets/a11y.js");

    private static String resource(String name) {
        try (InputStream in = AppShell.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
