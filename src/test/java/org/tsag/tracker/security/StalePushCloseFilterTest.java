package org.tsag.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The push "close" of a page whose session was replaced at sign-in must not create a session. */
class StalePushCloseFilterTest {

    private static MockHttpServletRequest close(boolean sessionValid) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/VAADIN/push");
        request.setQueryString("v-r=push&v-uiId=0&X-Atmosphere-Transport=close&X-Atmosphere-tracking-id=1");
        request.setRequestedSessionId("OLD");
        request.setRequestedSessionIdValid(sessionValid);
        return request;
    }

    @Test
    void the_close_of_a_replaced_session_is_answered_without_a_new_session() throws Exception {
        MockHttpServletRequest request = close(false);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new StalePushCloseFilter().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).as("Vaadin and Atmosphere never see it").isNull();
        assertThat(request.getSession(false)).isNull();
        assertThat(response.getCookies()).isEmpty();
    }

    @Test
    void push_requests_of_a_live_session_go_through() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        new StalePushCloseFilter().doFilter(close(true), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();

        MockHttpServletRequest websocket = new MockHttpServletRequest("GET", "/VAADIN/push");
        websocket.setQueryString("v-r=push&X-Atmosphere-Transport=websocket");
        websocket.setRequestedSessionId("OLD");
        websocket.setRequestedSessionIdValid(false);
        MockFilterChain other = new MockFilterChain();
        new StalePushCloseFilter().doFilter(websocket, new MockHttpServletResponse(), other);
        assertThat(other.getRequest()).isNotNull();
    }
}
