package org.tsag.tracker.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the push "close" request of a page whose session is already gone, without letting it
 * create a session. When a page unloads, its push client sends {@code X-Atmosphere-Transport=close}
 * with the session cookie it had. After a sign-in that cookie names the session that session-fixation
 * protection has just replaced; Atmosphere (with session support, as Vaadin runs it) would create a
 * new session for the request and its {@code Set-Cookie} would overwrite the fresh signed-in one, so
 * that the user lands on the next page signed out. Seen in the browser tests on a cold server.
 * There is nothing to close for a session that no longer exists.
 */
class StalePushCloseFilter extends OncePerRequestFilter {

    static final String PUSH_PATH = "/VAADIN/push";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !PUSH_PATH.equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        boolean close = query != null && query.contains("X-Atmosphere-Transport=close");
        if (close && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            response.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        chain.doFilter(request, response);
    }
}
