package org.tsag.tracker.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.tsag.tracker.testsupport.ViewTestBase;

/** Anonymous visitors are sent to sign in when the deployment is not in public read-only mode. */
class AnonymousGateTest extends ViewTestBase {

    @Test
    void an_anonymous_visitor_of_the_dashboard_is_asked_to_sign_in() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void an_anonymous_visitor_of_a_resolution_is_asked_to_sign_in() {
        UI.getCurrent().navigate("resolutions/68");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
